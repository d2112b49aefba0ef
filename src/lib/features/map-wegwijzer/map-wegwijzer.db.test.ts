import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandSchool, grant } from '$lib/server/tenancy';
import { mapKeepers, mapPartners, schoolStaff, wegwijzerRows } from '$lib/server/db/schema';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, insertPerson, insertSchool, uniqueEmail } from '../../../../tests/factories';
import { mapEditor, mapManager } from '../../../../tests/handles';
import { latestMailTo } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { addKeeper, addLink, startMap } from '../network-map/mutations.server';
import { addLinkSchema } from '../network-map/schema';
import type { Actor } from '../people/types';
import { removeStaffMember } from '../schools/mutations.server';
import { keeperHandoverNotice, requireKeeperHandover, requireLinkedPartner, requireWegwijzer } from './access.server';
import { listOrphanedKeepers, listRows, searchRows } from './data.server';
import { addWegwijzerRow, correctPartner, endKeeperDuty, handOverKeeper, removeWegwijzerRow, updateWegwijzerRow } from './mutations.server';
import { partnerFactsSchema, wegwijzerRowSchema } from './schema';
import type { KeeperHandover, PartnerCorrection, WegwijzerEditor } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const editorOf = (schoolId: string): WegwijzerEditor => grant('wegwijzer-editor', schoolId);
const handoverOf = (schoolId: string): KeeperHandover => grant('keeper-handover', schoolId);
const correctionOf = (partnerId: string, schoolId: string | null): PartnerCorrection => Object.assign(grant('partner-correction', partnerId), { schoolId });
const row = (fields: Record<string, string>) => wegwijzerRowSchema.parse(fields);
const eventOf = (actor: Actor | null) => ({ locals: { actor, locale: 'nl' as const } as App.Locals, url: new URL('http://localhost/') });
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try { await run(); return 200; } catch (thrown) { return (thrown as { status?: number }).status ?? 500; }
}

async function school() {
  const created = await insertSchool({ municipality: 'Mechelen' });
  await startMap(mapEditor(created.id), 'empty', 'Mechelen');
  return created;
}

async function member(schoolId: string, access: 'staff' | 'coordinator', schoolRole: 'zorgcoordinator' | 'leerkracht' = 'leerkracht') {
  const person = await insertPerson({ email: uniqueEmail(access) });
  await database.handle.db.insert(schoolStaff).values({ personId: person.id, schoolId, access, schoolRole });
  return person;
}

async function linkOn(schoolId: string, name: string, category = 'armoede') {
  const added = await addLink(mapEditor(schoolId), addLinkSchema.parse({ partnerName: name, category, municipality: 'Mechelen', closeness: 'samenwerken' }));
  if (!added.ok) throw new Error(`link ${name} not added: ${added.reason}`);
  return added.id;
}

const actorIn = (s: { id: string; institutionNumber: string; name: string }, access: 'staff' | 'coordinator', personId?: string) =>
  buildActor({ ...(personId ? { personId } : {}), schools: [{ schoolId: s.id, institutionNumber: s.institutionNumber, name: s.name, access }] });

describe('the wegwijzer', () => {
  it('finds whom to go to for "ouder vraagt hulp bij schoolkosten": armoede en geld, the role and the partner', async () => {
    const s = await school();
    const fund = await linkOn(s.id, `OCMW Mechelen ${s.name}`);
    const clb = await linkOn(s.id, `Vrij CLB ${s.name}`, 'clb');
    const editor = editorOf(s.id);
    expect((await addWegwijzerRow(editor, row({ questionType: 'armoede-geld', role: 'zorgcoordinator', linkId: fund, approach: 'Bekijkt het sociaal fonds.' }))).ok).toBe(true);
    expect((await addWegwijzerRow(editor, row({ questionType: 'jonge-mantelzorgers', role: 'zorgleerkracht', linkId: clb }))).ok).toBe(true);
    expect((await addWegwijzerRow(editor, row({ questionType: 'taal', question: 'Ouder spreekt weinig Nederlands', role: 'brugfiguur' }))).ok).toBe(true);
    expect((await addWegwijzerRow(editor, row({ questionType: 'eigen', question: 'Geloof en levensbeschouwing', keywords: 'ramadan viering', role: 'directeur' }))).ok).toBe(true);

    const found = await searchRows(editor, 'ouder vraagt hulp bij schoolkosten');
    expect(found.best.map((r) => [r.questionType, r.role, r.partnerName])).toEqual([['armoede-geld', 'zorgcoordinator', `OCMW Mechelen ${s.name}`]]);
    // Stems and case: "mantelzorger" and "SCHOOLREKENING" meet the listed words.
    expect((await searchRows(editor, 'Een leerling is mantelzorger voor haar moeder')).best.map((r) => r.questionType)).toEqual(['jonge-mantelzorgers']);
    expect((await searchRows(editor, 'SCHOOLREKENING niet betaald')).best.map((r) => r.questionType)).toEqual(['armoede-geld']);
    // The school's own words count, and a need nobody listed finds nothing.
    expect((await searchRows(editor, 'vraag over de ramadan')).best.map((r) => r.question)).toEqual(['Geloof en levensbeschouwing']);
    expect((await searchRows(editor, 'fietsenstalling')).best).toEqual([]);
  });

  it('refers only to its own map and team, and changes nothing of another school', async () => {
    const [a, b] = [await school(), await school()];
    const otherLink = await linkOn(b.id, `CAW ${b.name}`, 'caw');
    const outsider = await insertPerson();
    const before = await database.handle.db.$count(wegwijzerRows);
    expect(await addWegwijzerRow(editorOf(a.id), row({ questionType: 'zorg', role: 'zorgcoordinator', linkId: otherLink }))).toEqual({ ok: false, reason: 'link-not-on-map' });
    expect(await addWegwijzerRow(editorOf(a.id), row({ questionType: 'zorg', role: 'zorgcoordinator', personId: outsider.id }))).toEqual({ ok: false, reason: 'person-not-staff' });
    expect(await database.handle.db.$count(wegwijzerRows)).toBe(before);
    const added = await addWegwijzerRow(editorOf(a.id), row({ questionType: 'zorg', role: 'zorgcoordinator' }));
    if (!added.ok) throw new Error('not added');
    expect(await updateWegwijzerRow(editorOf(b.id), added.id, row({ questionType: 'leren', role: 'leerkracht' }))).toEqual({ ok: false, reason: 'row-not-found' });
    expect(await removeWegwijzerRow(editorOf(b.id), added.id)).toEqual({ ok: false, reason: 'row-not-found' });
    expect((await listRows(editorOf(a.id))).map((r) => r.questionType)).toEqual(['zorg']);
    expect(await listRows(editorOf(b.id))).toEqual([]);
    expect(wegwijzerRowSchema.safeParse({ questionType: 'eigen', role: 'directeur' }).success).toBe(false);
  });

  it("is private like the map: the school's staff read, coordinators and keepers edit, others are refused", async () => {
    const s = await school();
    const keeper = await member(s.id, 'staff');
    await addKeeper(mapManager(s.id), keeper.id);
    const staff = actorIn(s, 'staff');
    const stranger = buildActor({ schools: [{ schoolId: 'elders', institutionNumber: '999998', name: 'Elders', access: 'coordinator' }] });
    const facilitator = buildActor({ organisations: [{ organisationId: 'org', slug: 'samana', name: 'Samana', roles: ['facilitator'] }] });
    expect(await statusOf(() => requireWegwijzer(eventOf(staff), s.institutionNumber, 'view'))).toBe(200);
    expect(await statusOf(() => requireWegwijzer(eventOf(staff), s.institutionNumber, 'edit'))).toBe(403);
    expect(await statusOf(() => requireWegwijzer(eventOf(actorIn(s, 'staff', keeper.id)), s.institutionNumber, 'edit'))).toBe(200);
    expect(await statusOf(() => requireWegwijzer(eventOf(actorIn(s, 'coordinator')), s.institutionNumber, 'edit'))).toBe(200);
    expect(await statusOf(() => requireWegwijzer(eventOf(stranger), s.institutionNumber, 'view'))).toBe(403);
    expect(await statusOf(() => requireWegwijzer(eventOf(facilitator), s.institutionNumber, 'view'))).toBe(403);
    expect(await statusOf(() => requireWegwijzer(eventOf(null), s.institutionNumber, 'view'))).toBe(303);
    expect(await statusOf(() => requireKeeperHandover(eventOf(actorIn(s, 'staff', keeper.id)), s.institutionNumber))).toBe(403);
  });
});

describe('the keeper handover', () => {
  it('asks the coordinators by mail when a keeper leaves, lists the duty, and hands it over', async () => {
    const s = await school();
    const coordinator = await member(s.id, 'coordinator', 'zorgcoordinator');
    const keeper = await member(s.id, 'staff');
    const successor = await member(s.id, 'staff');
    await addKeeper(mapManager(s.id), keeper.id);
    const schoolId = brandSchool(s.id);
    await drainQueue(mailJobs);
    // A colleague who keeps nothing leaves: no mail, no duty.
    const plain = await member(s.id, 'staff');
    expect(await removeStaffMember(schoolId, plain.id)).toEqual({ ok: true });
    expect(await listOrphanedKeepers(handoverOf(s.id))).toEqual([]);

    expect(await removeStaffMember(schoolId, keeper.id)).toEqual({ ok: true });
    await drainQueue(mailJobs);
    const mail = await latestMailTo(coordinator.email);
    expect(mail?.subject).toBe(`Netwerkkaart van ${s.name}: een kaarthouder overdragen`);
    expect(mail?.textBody).toContain(`${keeper.name} hield de netwerkkaart van ${s.name} mee bij`);
    expect(mail?.textBody).toContain(`/school/${s.institutionNumber}/netwerkkaart/overdracht`);
    expect((await listOrphanedKeepers(handoverOf(s.id))).map((k) => k.personId)).toEqual([keeper.id]);
    expect(await keeperHandoverNotice(actorIn(s, 'coordinator'), s.id)).toBe(1);
    expect(await keeperHandoverNotice(actorIn(s, 'staff'), s.id)).toBe(0);
    // The one who left edits nothing any more.
    const left = buildActor({ personId: keeper.id, schools: [] });
    expect(await statusOf(() => requireWegwijzer(eventOf(left), s.institutionNumber, 'view'))).toBe(403);

    // Not to a coordinator or an outsider; a duty that is not open is refused.
    expect(await handOverKeeper(handoverOf(s.id), keeper.id, coordinator.id)).toEqual({ ok: false, reason: 'not-staff' });
    expect(await handOverKeeper(handoverOf(s.id), successor.id, successor.id)).toEqual({ ok: false, reason: 'not-orphaned' });
    expect(await handOverKeeper(handoverOf(s.id), keeper.id, successor.id)).toEqual({ ok: true });
    const keepers = await database.handle.db.select({ personId: mapKeepers.personId }).from(mapKeepers).where(eq(mapKeepers.schoolId, s.id));
    expect(keepers.map((k) => k.personId)).toEqual([successor.id]);
    expect(await listOrphanedKeepers(handoverOf(s.id))).toEqual([]);
    expect(await keeperHandoverNotice(actorIn(s, 'coordinator'), s.id)).toBe(0);
  });

  it('keeps the last coordinator, and closes a duty without successor', async () => {
    const s = await school();
    const coordinator = await member(s.id, 'coordinator', 'zorgcoordinator');
    const keeper = await member(s.id, 'staff');
    await addKeeper(mapManager(s.id), keeper.id);
    expect(await removeStaffMember(brandSchool(s.id), coordinator.id)).toEqual({ ok: false, reason: 'last-coordinator' });
    expect(await removeStaffMember(brandSchool(s.id), keeper.id)).toEqual({ ok: true });
    expect(await endKeeperDuty(handoverOf(s.id), keeper.id)).toEqual({ ok: true });
    expect(await endKeeperDuty(handoverOf(s.id), keeper.id)).toEqual({ ok: false, reason: 'not-orphaned' });
    expect(await database.handle.db.$count(mapKeepers, and(eq(mapKeepers.schoolId, s.id), eq(mapKeepers.personId, keeper.id)))).toBe(0);
  });
});

describe('correcting a partner of the directory', () => {
  const facts = (fields: Record<string, string>) => partnerFactsSchema.parse(fields);
  const partnerOf = async (name: string) => (await database.handle.db.select().from(mapPartners).where(eq(mapPartners.name, name)))[0]!;

  it('from a school while no other school links it; never onto another partner\'s name there', async () => {
    const [a, b] = [await school(), await school()];
    const own = await linkOn(a.id, `Huiswerkklas ${a.name}`, 'buurt');
    await linkOn(a.id, `Buurtwerk ${a.name}`, 'buurt');
    const partner = await partnerOf(`Huiswerkklas ${a.name}`);
    const coordinator = actorIn(a, 'coordinator');
    expect((await requireLinkedPartner(eventOf(coordinator), a.institutionNumber, own)).correction).not.toBeNull();
    expect(await statusOf(() => requireLinkedPartner(eventOf(coordinator), a.institutionNumber, 'geen-id'))).toBe(404);

    const clash = await correctPartner(correctionOf(partner.id, a.id), facts({ name: `BUURTWERK ${a.name}`, municipality: 'mechelen' }));
    expect(clash).toEqual({ ok: false, reason: 'clash' });
    expect((await partnerOf(`Huiswerkklas ${a.name}`)).website).toBeNull();
    expect(await correctPartner(correctionOf(partner.id, a.id), facts({ name: `Huiswerkklas De Brug ${a.name}`, municipality: 'Mechelen', website: 'https://debrug.example' })))
      .toEqual({ ok: true });
    expect((await database.handle.db.select().from(mapPartners).where(eq(mapPartners.id, partner.id)))[0]).toMatchObject({ name: `Huiswerkklas De Brug ${a.name}`, website: 'https://debrug.example' });

    // Once another school links it, the school may not; a platform admin still may.
    await addLink(mapEditor(b.id), addLinkSchema.parse({ partnerId: partner.id, closeness: 'kennen' }));
    expect((await requireLinkedPartner(eventOf(coordinator), a.institutionNumber, own)).correction).toBeNull();
    expect(await correctPartner(correctionOf(partner.id, a.id), facts({ name: 'Overgenomen', municipality: 'Mechelen' }))).toEqual({ ok: false, reason: 'shared' });
    expect(await correctPartner(correctionOf(partner.id, null), facts({ name: `Huiswerkklas ${a.name}`, municipality: 'Mechelen' }))).toEqual({ ok: true });
    expect(await correctPartner(correctionOf(partner.id, null), facts({ name: `Buurtwerk ${a.name}`, municipality: 'Mechelen' }))).toEqual({ ok: false, reason: 'clash' });
    expect((await partnerOf(`Huiswerkklas ${a.name}`)).id).toBe(partner.id);
  });
});
