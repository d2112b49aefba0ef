import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLinks, mapPartners, schoolStaff } from '$lib/server/db/schema';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, insertOrganisation, insertPerson, insertSchool } from '../../../../tests/factories';
import { mapEditor, mapManager } from '../../../../tests/handles';
import type { Actor } from '../people/types';
import { requireMap, requireSharedMap } from './access.server';
import { findSnapshots, listLinks, listMapsSharedWith, peerSuggestions } from './data.server';
import { addKeeper, addLink, keepSnapshot, removeLink, setCountsInPeers, shareMap, startMap, unshareMap, updateLink } from './mutations.server';
import { addLinkSchema, linkSchema } from './schema';
import { yearDifference } from './rules';
import { brandOrganisation } from '$lib/server/tenancy';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const link = (fields: Record<string, string>) => addLinkSchema.parse({ closeness: 'kennen', ...fields });
const partners = () => database.handle.db.$count(mapPartners);

/** What a route hands a guard: the actor in locals and the address. */
const eventOf = (actor: Actor | null, path = '/') => ({ locals: { actor, locale: 'nl' as const } as App.Locals, url: new URL(`http://localhost${path}`) });
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try { await run(); return 200; } catch (thrown) { return (thrown as { status?: number }).status ?? 500; }
}

async function startedSchool(municipality = 'Mechelen', start: 'template' | 'empty' = 'empty') {
  const school = await insertSchool({ municipality });
  expect(await startMap(mapEditor(school.id), start, municipality)).toEqual({ ok: true });
  return school;
}

describe('the partner directory', () => {
  it('starts from seed 003 once, and two schools of one municipality share its local partners', async () => {
    const a = await startedSchool('Lier', 'template');
    const before = await partners();
    const b = await startedSchool('Lier', 'template');
    expect(await partners()).toBe(before);
    const [linksA, linksB] = await Promise.all([listLinks(mapEditor(a.id)), listLinks(mapEditor(b.id))]);
    expect(linksA.map((l) => l.partnerName)).toContain('Openbare bibliotheek Lier');
    expect(linksA.find((l) => l.partnerName === 'Openbare bibliotheek Lier')).toMatchObject({ nature: 'Leesproject verteltassen', forPupils: true, forParents: false });
    expect(linksB.map((l) => l.partnerId).sort()).toEqual(linksA.map((l) => l.partnerId).sort());
    expect(await startMap(mapEditor(a.id), 'template', 'Lier')).toEqual({ ok: false, reason: 'already-started' });
  });

  it('finds a new partner under another spelling of its name, and refuses it twice without writing', async () => {
    const school = await startedSchool();
    const first = await addLink(mapEditor(school.id), link({ partnerName: 'CAW Rivierenland', category: 'caw', municipality: 'Mechelen' }));
    expect(first.ok).toBe(true);
    const count = await partners();
    const other = await startedSchool();
    expect((await addLink(mapEditor(other.id), link({ partnerName: 'caw rivierenland', category: 'welzijn-zorg', municipality: 'MECHELEN' }))).ok).toBe(true);
    expect(await partners()).toBe(count);
    const again = await addLink(mapEditor(school.id), link({ partnerName: 'Caw Rivierenland', category: 'caw', municipality: 'Mechelen' }));
    expect(again).toEqual({ ok: false, reason: 'already-linked' });
    expect(await partners()).toBe(count);
    // Another municipality is another partner.
    expect((await addLink(mapEditor(school.id), link({ partnerName: 'CAW Rivierenland', category: 'caw', municipality: 'Lier' }))).ok).toBe(true);
    expect(await partners()).toBe(count + 1);
  });

  it('holds a contact only by the school\'s own people, and refuses a map not started', async () => {
    const school = await startedSchool();
    const outsider = await insertPerson();
    expect(await addLink(mapEditor(school.id), link({ partnerName: 'Sportclub', category: 'sport', contactPersonId: outsider.id })))
      .toEqual({ ok: false, reason: 'contact-not-staff' });
    await database.handle.db.insert(schoolStaff).values({ personId: outsider.id, schoolId: school.id, access: 'staff', schoolRole: 'zorgleerkracht' });
    expect((await addLink(mapEditor(school.id), link({ partnerName: 'Sportclub', category: 'sport', contactPersonId: outsider.id, contactRole: 'zorgleerkracht' }))).ok).toBe(true);
    const notStarted = await insertSchool();
    expect(await addLink(mapEditor(notStarted.id), link({ partnerName: 'Sportclub', category: 'sport' }))).toEqual({ ok: false, reason: 'not-started' });
  });

  it("changes nothing on another school's link", async () => {
    const school = await startedSchool();
    const other = await startedSchool();
    const added = await addLink(mapEditor(school.id), link({ partnerName: 'Jeugdhuis', category: 'buurt' }));
    if (!added.ok) throw new Error('not added');
    const input = linkSchema.parse({ closeness: 'overeenkomst', nature: 'Overgenomen' });
    expect(await updateLink(mapEditor(other.id), added.id, input)).toEqual({ ok: false, reason: 'link-not-found' });
    expect(await removeLink(mapEditor(other.id), added.id)).toEqual({ ok: false, reason: 'link-not-found' });
    const [row] = await database.handle.db.select().from(mapLinks).where(eq(mapLinks.id, added.id));
    expect(row).toMatchObject({ closeness: 'kennen', nature: '' });
    expect(await updateLink(mapEditor(school.id), added.id, input)).toEqual({ ok: true });
  });
});

describe('who sees a map', () => {
  it("is the school's own people; another school's coordinator is refused", async () => {
    const school = await startedSchool();
    const own = buildActor({ schools: [{ schoolId: school.id, institutionNumber: school.institutionNumber, name: school.name, access: 'staff' }] });
    const stranger = buildActor({ schools: [{ schoolId: 'x', institutionNumber: '999999', name: 'Elders', access: 'coordinator' }] });
    expect(await statusOf(() => requireMap(eventOf(own), school.institutionNumber, 'view'))).toBe(200);
    expect(await statusOf(() => requireMap(eventOf(own), school.institutionNumber, 'edit'))).toBe(403);
    expect(await statusOf(() => requireMap(eventOf(stranger), school.institutionNumber, 'view'))).toBe(403);
    // A keeper the coordinator allowed edits.
    const person = await insertPerson();
    await database.handle.db.insert(schoolStaff).values({ personId: person.id, schoolId: school.id, access: 'staff', schoolRole: 'brugfiguur' });
    expect(await addKeeper(mapManager(school.id), person.id)).toEqual({ ok: true });
    const keeper = buildActor({ personId: person.id, schools: [{ schoolId: school.id, institutionNumber: school.institutionNumber, name: school.name, access: 'staff' }] });
    expect(await statusOf(() => requireMap(eventOf(keeper), school.institutionNumber, 'edit'))).toBe(200);
    expect(await statusOf(() => requireMap(eventOf(keeper), school.institutionNumber, 'manage'))).toBe(403);
  });

  it('is, for an organisation, only a map shared with it; otherwise it does not exist for it', async () => {
    const school = await startedSchool();
    const [samana, gent] = [await insertOrganisation(), await insertOrganisation()];
    const facilitatorOf = (org: { id: string; slug: string; name: string }) =>
      buildActor({ organisations: [{ organisationId: org.id, slug: org.slug, name: org.name, roles: ['facilitator'] }] });
    const coachOf = buildActor({ organisations: [{ organisationId: samana.id, slug: samana.slug, name: samana.name, roles: ['coach'] }] });
    const open = (actor: Actor, org: { slug: string }) => statusOf(() => requireSharedMap(eventOf(actor), org.slug, school.institutionNumber));
    expect(await open(facilitatorOf(samana), samana)).toBe(404);
    expect(await shareMap(mapManager(school.id), samana.id)).toEqual({ ok: true });
    expect(await open(facilitatorOf(samana), samana)).toBe(200);
    expect(await open(facilitatorOf(gent), gent)).toBe(404);
    expect(await open(facilitatorOf(gent), samana)).toBe(403);
    expect(await open(coachOf, samana)).toBe(403);
    expect((await listMapsSharedWith(brandOrganisation(samana.id))).map((m) => m.institutionNumber)).toEqual([school.institutionNumber]);
    expect(await listMapsSharedWith(brandOrganisation(gent.id))).toEqual([]);
    await unshareMap(mapManager(school.id), samana.id);
    expect(await open(facilitatorOf(samana), samana)).toBe(404);
  });
});

describe('peer suggestions', () => {
  it("count only maps that chose to, in the province, and never name the school", async () => {
    const province = 'west-vlaanderen' as const;
    const [open, closed, elsewhere, viewer] = await Promise.all([
      insertSchool({ municipality: 'Ieper', province }), insertSchool({ municipality: 'Ieper', province }),
      insertSchool({ municipality: 'Gent', province: 'oost-vlaanderen' }), insertSchool({ municipality: 'Kortrijk', province })
    ]);
    for (const school of [open, closed, elsewhere, viewer]) await startMap(mapEditor(school.id), 'empty', '');
    await setCountsInPeers(mapManager(open.id), true);
    await setCountsInPeers(mapManager(elsewhere.id), true);
    const stamp = open.name;
    await addLink(mapEditor(open.id), link({ partnerName: `Open partner ${stamp}`, category: 'sport' }));
    await addLink(mapEditor(open.id), link({ partnerName: `Gedeeld ${stamp}`, category: 'cultuur' }));
    await addLink(mapEditor(closed.id), link({ partnerName: `Gesloten partner ${stamp}`, category: 'sport' }));
    await addLink(mapEditor(closed.id), link({ partnerName: `Gedeeld ${stamp}`, category: 'cultuur' }));
    await addLink(mapEditor(elsewhere.id), link({ partnerName: `Elders ${stamp}`, category: 'sport' }));
    const suggested = await peerSuggestions(mapEditor(viewer.id), province, 50);
    const mine = suggested.filter((p) => p.name.endsWith(stamp));
    expect(mine.map((p) => [p.name, p.schools]).sort()).toEqual([[`Gedeeld ${stamp}`, 1], [`Open partner ${stamp}`, 1]]);
    // Only the partner and a count: nothing that names or points to the school.
    expect(Object.keys(mine[0]!).sort()).toEqual(['categories', 'id', 'municipality', 'name', 'schools']);
    // A partner already on the viewer's own map is not suggested; nor is its own map to itself.
    await addLink(mapEditor(viewer.id), link({ partnerName: `Open partner ${stamp}`, category: 'sport' }));
    expect((await peerSuggestions(mapEditor(viewer.id), province, 50)).filter((p) => p.name.endsWith(stamp)).map((p) => p.name)).toEqual([`Gedeeld ${stamp}`]);
    expect((await peerSuggestions(mapEditor(open.id), province, 50)).filter((p) => p.name.endsWith(stamp))).toEqual([]);
  });
});

describe('snapshots per school year', () => {
  it('keeps each year as it was and lists the difference: new, ended, closer, looser', async () => {
    const school = await startedSchool();
    const editor = mapEditor(school.id);
    const manager = mapManager(school.id);
    for (const [name, closeness] of [['Bibliotheek', 'samenwerken'], ['Parochie', 'informeren'], ['Rotary', 'overeenkomst'], ['Jeugdhuis', 'kennen']]) {
      await addLink(editor, link({ partnerName: `${name} ${school.name}`, category: 'buurt', closeness: closeness! }));
    }
    expect(await keepSnapshot(manager, 2030)).toEqual({ ok: true, count: 4 });
    const links = await listLinks(editor);
    const byName = (n: string) => links.find((l) => l.partnerName.startsWith(n))!;
    await updateLink(editor, byName('Parochie').id, linkSchema.parse({ closeness: 'afstemmen' }));
    await updateLink(editor, byName('Rotary').id, linkSchema.parse({ closeness: 'samenwerken' }));
    await removeLink(editor, byName('Jeugdhuis').id);
    await addLink(editor, link({ partnerName: `CLB ${school.name}`, category: 'clb', closeness: 'samenwerken' }));
    await keepSnapshot(manager, 2031);
    const kept = await findSnapshots(editor, [2031, 2030]);
    const difference = yearDifference(kept.get(2031)!, kept.get(2030)!);
    expect(difference.added.map((l) => l.name)).toEqual([`CLB ${school.name}`]);
    expect(difference.ended.map((l) => l.name)).toEqual([`Jeugdhuis ${school.name}`]);
    expect(difference.closer.map((c) => [c.now.name, c.before, c.now.closeness])).toEqual([[`Parochie ${school.name}`, 'informeren', 'afstemmen']]);
    expect(difference.looser.map((c) => [c.now.name, c.before, c.now.closeness])).toEqual([[`Rotary ${school.name}`, 'overeenkomst', 'samenwerken']]);
    // A later edit leaves last year's snapshot as it was; keeping this year again replaces this year only.
    await removeLink(editor, byName('Bibliotheek').id);
    expect(await keepSnapshot(manager, 2031)).toEqual({ ok: true, count: 3 });
    const again = await findSnapshots(editor, [2030, 2031]);
    expect(again.get(2030)).toHaveLength(4);
    expect(again.get(2031)).toHaveLength(3);
  });
});
