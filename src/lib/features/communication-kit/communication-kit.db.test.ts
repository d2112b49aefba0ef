import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationKitFiles, communicationKits, communicationKitTexts, networkMemberships, networks } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/db/seed-demo';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, insertOrganisation, insertPerson, insertSchool } from '../../../../tests/factories';
import { findNetworkBySlugs } from '../networks/data.server';
import { requireMemberKit } from './access.server';
import { findComposedKit, listNetworkKits, listSchoolKits, memberKitItems, readComposedKitFile, readMemberKitFile } from './data.server';
import { addKitFile, addKitText, moveKitText, removeKitFile, removeKitText, replaceKitFile, saveKitText, type KitScope } from './mutations.server';
import { kitFilesPerKit } from './rules';
import type { KitNetwork, MemberKit } from './types';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.handle.db);
});
afterAll(async () => { await database.close(); });

const pdf = (text = 'flyer') => new File([`%PDF-1.4\n% ${text}\n1 0 obj\n<<>>\nendobj\n%%EOF\n`], 'Flyer ouders.pdf', { type: 'application/pdf' });
const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0f4c81"/></svg>';
const fileInput = { title: 'Flyer voor ouders', category: 'flyer' as const, description: '' };
const textInput = { title: 'Voor de schoolwebsite', body: 'Onze school is lid van het Scholennetwerk.' };

/** An organisation with a network, a member school in 2022 and a school that is not, and the kit's scope for 2022. */
async function setting() {
  const org = await insertOrganisation({ name: 'Samana' });
  const [network] = await database.handle.db.insert(networks).values({ organisationId: org.id, slug: `n-${org.slug}`, name: 'Scholennetwerk', description: '', isPublic: true }).returning({ id: networks.id });
  const member = await insertSchool({ name: `Lid ${org.slug}` });
  const outsider = await insertSchool({ name: `Geen lid ${org.slug}` });
  await database.handle.db.insert(networkMemberships).values([
    { networkId: network!.id, schoolId: member.id, schoolYear: 2022 }, { networkId: network!.id, schoolId: outsider.id, schoolYear: 2021 }
  ]);
  const facilitator = await insertPerson({ name: 'Lotte Verstraeten' });
  const kitNetwork = grant('kit-network', network!.id) as KitNetwork;
  const scope: KitScope = { organisationId: brandOrganisation(org.id), network: kitNetwork, schoolYear: 2022 };
  return { org, networkId: network!.id, member, outsider, facilitator, kitNetwork, scope };
}

const kitRows = async (networkId: string) => database.handle.db.select().from(communicationKits).where(eq(communicationKits.networkId, networkId));

describe('composing a kit', () => {
  it('keeps a file checked by its bytes and a text block, making the kit with its first item', async () => {
    const s = await setting();
    expect(await findComposedKit(s.kitNetwork, 2022)).toEqual({ id: null, files: [], texts: [] });
    expect(await addKitFile(s.scope, s.facilitator.id, fileInput, pdf())).toEqual({ ok: true });
    expect(await addKitFile(s.scope, s.facilitator.id, { title: 'Logo', category: 'logo', description: 'Voor de website' }, new File([logo], 'logo.png'))).toEqual({ ok: true });
    expect(await addKitText(s.scope, textInput)).toEqual({ ok: true });
    const kit = await findComposedKit(s.kitNetwork, 2022);
    expect(kit.files.map((f) => [f.title, f.category, f.fileName, f.kind])).toEqual([
      ['Logo', 'logo', 'logo.svg', 'svg'], ['Flyer voor ouders', 'flyer', 'Flyer ouders.pdf', 'pdf']
    ]);
    expect(kit.texts).toEqual([{ id: expect.any(String), ...textInput }]);
    expect(await kitRows(s.networkId)).toHaveLength(1);
    const stored = await readComposedKitFile(s.kitNetwork, 2022, kit.files[1]!.id);
    expect(new TextDecoder().decode(stored!.bytes)).toContain('% flyer');
    expect((await listNetworkKits(s.kitNetwork)).kits).toEqual([{ schoolYear: 2022, files: 2, texts: 1 }]);
  });

  it('refuses HTML named .pdf and an SVG with a script with their reason, and writes nothing (not even the kit)', async () => {
    const s = await setting();
    const html = new File(['<!doctype html><html><body><script>fetch("/account")</script></body></html>'], 'flyer.pdf', { type: 'application/pdf' });
    expect(await addKitFile(s.scope, s.facilitator.id, fileInput, html)).toEqual({ ok: false, reason: 'file-type' });
    const script = new File([logo.replace('</svg>', '<script>alert(1)</script></svg>')], 'logo.svg', { type: 'image/svg+xml' });
    expect(await addKitFile(s.scope, s.facilitator.id, fileInput, script)).toEqual({ ok: false, reason: 'svg-unsafe' });
    expect(await addKitFile(s.scope, s.facilitator.id, fileInput, null)).toEqual({ ok: false, reason: 'file-empty' });
    expect(await kitRows(s.networkId)).toEqual([]);
  });

  it('replaces and removes files, and refuses a bad replacement keeping the old bytes', async () => {
    const s = await setting();
    await addKitFile(s.scope, s.facilitator.id, fileInput, pdf('eerste'));
    const [file] = (await findComposedKit(s.kitNetwork, 2022)).files;
    expect(await replaceKitFile(s.scope, s.facilitator.id, file!.id, new File(['<html></html>'], 'x.pdf'))).toEqual({ ok: false, reason: 'file-type' });
    expect(new TextDecoder().decode((await readComposedKitFile(s.kitNetwork, 2022, file!.id))!.bytes)).toContain('% eerste');
    expect(await replaceKitFile(s.scope, s.facilitator.id, file!.id, pdf('tweede'))).toEqual({ ok: true });
    expect(new TextDecoder().decode((await readComposedKitFile(s.kitNetwork, 2022, file!.id))!.bytes)).toContain('% tweede');
    expect((await findComposedKit(s.kitNetwork, 2022)).files[0]!.title).toBe('Flyer voor ouders');
    expect(await removeKitFile(s.scope, file!.id)).toEqual({ ok: true });
    expect(await removeKitFile(s.scope, file!.id)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('stops at the file limit', async () => {
    const s = await setting();
    for (let i = 0; i < kitFilesPerKit; i++) expect(await addKitFile(s.scope, s.facilitator.id, fileInput, pdf(`nr ${i}`))).toEqual({ ok: true });
    expect(await addKitFile(s.scope, s.facilitator.id, fileInput, pdf())).toEqual({ ok: false, reason: 'file-limit' });
    expect(await database.handle.db.$count(communicationKitFiles, eq(communicationKitFiles.kitId, (await kitRows(s.networkId))[0]!.id))).toBe(kitFilesPerKit);
  });

  it('edits, reorders and deletes text blocks', async () => {
    const s = await setting();
    for (const title of ['Website', 'Nieuwsbrief', 'Leerlingen']) await addKitText(s.scope, { title, body: `Tekst voor ${title.toLowerCase()}.` });
    const ids = (await findComposedKit(s.kitNetwork, 2022)).texts.map((t) => t.id);
    const titles = async () => (await findComposedKit(s.kitNetwork, 2022)).texts.map((t) => t.title);
    expect(await moveKitText(s.scope, ids[2]!, 'up')).toEqual({ ok: true });
    expect(await titles()).toEqual(['Website', 'Leerlingen', 'Nieuwsbrief']);
    expect(await moveKitText(s.scope, ids[0]!, 'up')).toEqual({ ok: true });
    expect(await titles()).toEqual(['Website', 'Leerlingen', 'Nieuwsbrief']);
    expect(await removeKitText(s.scope, ids[0]!)).toEqual({ ok: true });
    expect(await moveKitText(s.scope, ids[1]!, 'up')).toEqual({ ok: true });
    expect(await titles()).toEqual(['Nieuwsbrief', 'Leerlingen']);
    expect(await saveKitText(s.scope, ids[1]!, { title: 'Ouders', body: 'Beste ouders, dit schooljaar …' })).toEqual({ ok: true });
    expect(await titles()).toEqual(['Ouders', 'Leerlingen']);
  });
});

describe('one kit never reaches into another', () => {
  it('another organisation’s scope, another network or another year finds nothing and changes nothing', async () => {
    const s = await setting();
    const other = await setting();
    await addKitFile(s.scope, s.facilitator.id, fileInput, pdf());
    await addKitText(s.scope, textInput);
    const kit = await findComposedKit(s.kitNetwork, 2022);
    const [fileId, textId] = [kit.files[0]!.id, kit.texts[0]!.id];
    for (const scope of [other.scope, { ...s.scope, organisationId: other.scope.organisationId }, { ...s.scope, schoolYear: 2021 }]) {
      expect(await removeKitFile(scope, fileId)).toEqual({ ok: false, reason: 'not-found' });
      expect(await replaceKitFile(scope, s.facilitator.id, fileId, pdf('overschreven'))).toEqual({ ok: false, reason: 'not-found' });
      expect(await saveKitText(scope, textId, { title: 'Gekaapt', body: 'Dit zou niet mogen lukken.' })).toEqual({ ok: false, reason: 'not-found' });
      expect(await moveKitText(scope, textId, 'down')).toEqual({ ok: false, reason: 'not-found' });
      expect(await removeKitText(scope, textId)).toEqual({ ok: false, reason: 'not-found' });
    }
    expect(await readComposedKitFile(other.kitNetwork, 2022, fileId)).toBeNull();
    expect(await findComposedKit(s.kitNetwork, 2022)).toEqual(kit);
    // A kit of another organisation's network cannot be started in this organisation's name.
    expect(await addKitText({ ...other.scope, organisationId: s.scope.organisationId }, textInput)).toEqual({ ok: false, reason: 'not-found' });
    expect(await addKitFile({ ...other.scope, organisationId: s.scope.organisationId }, s.facilitator.id, fileInput, pdf())).toEqual({ ok: false, reason: 'not-found' });
    expect(await kitRows(other.networkId)).toEqual([]);
  });
});

describe('what member schools see', () => {
  const event = (actor: ReturnType<typeof buildActor> | null) => ({ locals: { actor, locale: 'nl' as const }, url: new URL('http://localhost/') }) as Parameters<typeof requireMemberKit>[0];
  const staffOf = (school: { id: string; institutionNumber: string; name: string }, access: 'coordinator' | 'staff') =>
    buildActor({ schools: [{ schoolId: school.id, institutionNumber: school.institutionNumber, name: school.name, access }] });

  it('a kit with items, for the people of a school that is a member in its year; a 404 for everyone else', async () => {
    const s = await setting();
    await addKitText(s.scope, textInput);
    await addKitFile(s.scope, s.facilitator.id, fileInput, pdf());
    const [kit] = await kitRows(s.networkId);
    expect((await listSchoolKits(brandSchool(s.member.id))).map((k) => [k.id, k.schoolYear, k.networkName])).toEqual([[kit!.id, 2022, 'Scholennetwerk']]);
    expect(await listSchoolKits(brandSchool(s.outsider.id))).toEqual([]);
    for (const access of ['coordinator', 'staff'] as const) {
      const opened = await requireMemberKit(event(staffOf(s.member, access)), s.member.institutionNumber, kit!.id);
      const items = await memberKitItems(opened.ref);
      expect(items.texts.map((t) => t.title)).toEqual(['Voor de schoolwebsite']);
      expect(await readMemberKitFile(opened.ref, items.files[0]!.id)).toMatchObject({ fileName: 'Flyer ouders.pdf', kind: 'pdf' });
    }
    const refused = [
      [null, s.member], [staffOf(s.outsider, 'coordinator'), s.outsider], [staffOf(s.outsider, 'coordinator'), s.member],
      [buildActor({ organisations: [{ organisationId: s.org.id, slug: s.org.slug, name: 'Samana', roles: ['facilitator'] }] }), s.member]
    ] as const;
    for (const [actor, school] of refused) {
      await expect(requireMemberKit(event(actor), school.institutionNumber, kit!.id)).rejects.toMatchObject({ status: 404 });
    }
    await expect(requireMemberKit(event(staffOf(s.member, 'coordinator')), s.member.institutionNumber, 'geen-id')).rejects.toMatchObject({ status: 404 });
    // A file id of another kit is not found through this kit's handle.
    const other = await setting();
    await addKitFile(other.scope, other.facilitator.id, fileInput, pdf());
    const otherFile = (await findComposedKit(other.kitNetwork, 2022)).files[0]!;
    expect(await readMemberKitFile(grant('member-kit', kit!.id) as MemberKit, otherFile.id)).toBeNull();
  });

  it('an emptied kit is no longer there for members', async () => {
    const s = await setting();
    await addKitText(s.scope, textInput);
    const [text] = (await findComposedKit(s.kitNetwork, 2022)).texts;
    await removeKitText(s.scope, text!.id);
    expect(await listSchoolKits(brandSchool(s.member.id))).toEqual([]);
    expect(await database.handle.db.$count(communicationKitTexts, eq(communicationKitTexts.kitId, (await kitRows(s.networkId))[0]!.id))).toBe(0);
  });
});

describe('the demo kit', () => {
  it('is the Scholennetwerk’s 2022-2023 kit with the logo as SVG and PNG, a flyer and two Dutch text blocks', async () => {
    const network = (await findNetworkBySlugs('samana', 'scholennetwerk-jonge-mantelzorgers'))!;
    const kit = await findComposedKit(grant('kit-network', network.id) as KitNetwork, 2022);
    expect(kit.files.map((f) => [f.category, f.kind])).toEqual([['logo', 'svg'], ['logo', 'png'], ['flyer', 'pdf']]);
    expect(kit.texts.map((t) => t.title)).toEqual(['Voor de schoolwebsite', 'Voor de nieuwsbrief aan ouders']);
  });
});
