import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internationalIntroductions, networkMemberships, networks, schoolStaff } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation, brandSchool } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson, insertSchool, uniqueEmail } from '../../../../tests/factories';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { currentSchoolYear, listOrganisationIntroductions, listPublicInitiatives, listSchoolContacts, listSchoolIntroductions } from './data.server';
import { acceptIntroduction, createContact, declineIntroduction, requestIntroduction, setContactArchived, updateContact } from './mutations.server';
import type { InternationalContactInput } from './schema';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const thisYear = currentSchoolYear(new Date());

function contactInput(overrides: Partial<InternationalContactInput> = {}): InternationalContactInput {
  return {
    name: 'Young Carers Schools Network', country: 'GB', focus: 'Young carers at school.', languages: ['en'], contactName: 'Helen Whitfield',
    contactEmail: uniqueEmail('helen'), website: 'https://youngcarers.example', initiatives: [{ title: 'Action Day', url: 'https://youngcarers.example/day' }],
    visibleToMembers: true, initiativesPublic: true, ...overrides
  };
}

/** An organisation with a network, a member school this year with its coordinator, and a contact abroad. */
async function setting(memberYear = thisYear) {
  const org = await insertOrganisation({ name: 'Samana' });
  const samana = brandOrganisation(org.id);
  const [network] = await database.handle.db.insert(networks).values({ organisationId: org.id, slug: `n-${org.slug}`, name: 'Scholennetwerk', description: '', isPublic: false }).returning({ id: networks.id });
  const school = await insertSchool({ name: `School ${org.slug}` });
  await database.handle.db.insert(networkMemberships).values({ networkId: network!.id, schoolId: school.id, schoolYear: memberYear });
  const coordinator = await insertPerson({ name: 'Sofie Claeys' });
  await database.handle.db.insert(schoolStaff).values({ personId: coordinator.id, schoolId: school.id, access: 'coordinator', schoolRole: 'zorgcoordinator' });
  const facilitator = await insertPerson({ name: 'Lotte Verstraeten' });
  const input = contactInput();
  const { id: contactId } = await createContact(samana, input);
  return { samana, schoolId: brandSchool(school.id), school, coordinator, facilitator, contactId, contactEmail: input.contactEmail };
}

const message = 'Wij willen graag kennismaken met collega’s in Engeland.';
const mailsTo = async (address: string) => (await listOutbox()).filter((m) => m.recipient === address);

describe('the contacts a member school sees', () => {
  it('lists the organisation’s active contacts shown to members, only while the school is a member this school year', async () => {
    const s = await setting();
    const hidden = await createContact(s.samana, contactInput({ name: 'Réseau Jeunes Aidants', country: 'FR', visibleToMembers: false }));
    const archived = await createContact(s.samana, contactInput({ name: 'Archief', country: 'DE' }));
    await setContactArchived(s.samana, archived.id, true);
    const groups = await listSchoolContacts(s.schoolId);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.contacts.map((c) => c.name)).toEqual(['Young Carers Schools Network']);
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: hidden.id, message })).toEqual({ ok: false, reason: 'not-found' });
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: archived.id, message })).toEqual({ ok: false, reason: 'not-found' });

    const former = await setting(thisYear - 1);
    expect(await listSchoolContacts(former.schoolId)).toEqual([]);
    expect(await requestIntroduction(former.schoolId, former.coordinator.id, { contactId: former.contactId, message })).toEqual({ ok: false, reason: 'not-found' });
    // A member of another organisation cannot ask for this organisation's contact by its id.
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: former.contactId, message })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('lists only public initiatives of active contacts on the public page', async () => {
    const s = await setting();
    await createContact(s.samana, contactInput({ name: 'Niet publiek', initiativesPublic: false, initiatives: [{ title: 'Verborgen', url: 'https://hidden.example' }] }));
    expect((await listPublicInitiatives(s.samana)).map((i) => i.title)).toEqual(['Action Day']);
    await setContactArchived(s.samana, s.contactId, true);
    expect(await listPublicInitiatives(s.samana)).toEqual([]);
  });

  it('asks once while a request waits', async () => {
    const s = await setting();
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message })).toMatchObject({ ok: true });
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message })).toEqual({ ok: false, reason: 'already-requested' });
    expect(await listSchoolIntroductions(s.schoolId)).toMatchObject([{ status: 'requested', contactOrganisation: 'Young Carers Schools Network', organisationName: 'Samana' }]);
  });
});

describe('brokering an introduction', () => {
  it('introduces both sides by mail once, however often accept is clicked; another organisation changes nothing', async () => {
    const s = await setting();
    const other = await setting();
    const asked = await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message });
    if (!asked.ok) throw new Error('request');
    expect(await acceptIntroduction(other.samana, asked.id, other.facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await declineIntroduction(other.samana, asked.id, other.facilitator.id, 'Niet van ons.')).toEqual({ ok: false, reason: 'not-found' });

    const clicks = await Promise.all([acceptIntroduction(s.samana, asked.id, s.facilitator.id), acceptIntroduction(s.samana, asked.id, s.facilitator.id)]);
    expect(clicks.filter((r) => r.ok)).toHaveLength(1);
    expect(clicks.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already-decided' }]);
    expect(await acceptIntroduction(s.samana, asked.id, s.facilitator.id)).toEqual({ ok: false, reason: 'already-decided' });
    expect(await declineIntroduction(s.samana, asked.id, s.facilitator.id, 'Toch niet.')).toEqual({ ok: false, reason: 'already-decided' });
    await drainQueue(mailJobs);

    const toSchool = await mailsTo(s.coordinator.email);
    const toContact = await mailsTo(s.contactEmail);
    expect(toSchool).toHaveLength(1);
    expect(toContact).toHaveLength(1);
    expect(toSchool[0]!.subject).toBe('Kennismaking met Young Carers Schools Network');
    expect(toSchool[0]!.textBody).toContain(s.contactEmail);
    expect(toContact[0]!.subject).toBe(`Introduction through Samana: ${s.school.name}`);
    expect(toContact[0]!.textBody).toContain(`> ${message}`);
    expect(toContact[0]!.textBody).toContain(s.coordinator.email);
    expect(await listOrganisationIntroductions(s.samana)).toMatchObject([{ status: 'introduced', schoolName: s.school.name, requestedByName: 'Sofie Claeys' }]);
    // Decided, the school may ask again.
    expect(await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message })).toMatchObject({ ok: true });
  });

  it('is all or nothing: when the contact’s mail cannot be queued, the request stays asked and nobody is mailed', async () => {
    const s = await setting();
    const asked = await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message });
    if (!asked.ok) throw new Error('request');
    await drainQueue(mailJobs);
    const [queue] = (await database.handle.db.execute(sql`select table_name as "table" from pgboss.queue where name = 'mail.send.v1'`) as unknown as { rows: { table: string }[] }).rows;
    const table = sql.identifier(queue!.table);
    await database.handle.db.execute(sql`alter table pgboss.${table} add constraint intro_down check (data->>'to' is distinct from ${sql.raw(`'${s.contactEmail}'`)})`);
    try {
      await expect(acceptIntroduction(s.samana, asked.id, s.facilitator.id)).rejects.toThrow();
    } finally {
      await database.handle.db.execute(sql`alter table pgboss.${table} drop constraint intro_down`);
    }
    await drainQueue(mailJobs);
    expect(await mailsTo(s.coordinator.email)).toEqual([]);
    const [row] = await database.handle.db.select({ status: internationalIntroductions.status, decidedBy: internationalIntroductions.decidedBy })
      .from(internationalIntroductions).where(eq(internationalIntroductions.id, asked.id));
    expect(row).toEqual({ status: 'requested', decidedBy: null });
    expect(await acceptIntroduction(s.samana, asked.id, s.facilitator.id)).toEqual({ ok: true });
  });

  it('declines with the reason mailed to the school', async () => {
    const s = await setting();
    const asked = await requestIntroduction(s.schoolId, s.coordinator.id, { contactId: s.contactId, message });
    if (!asked.ok) throw new Error('request');
    expect(await declineIntroduction(s.samana, asked.id, s.facilitator.id, 'Deze organisatie neemt dit jaar geen nieuwe scholen aan.')).toEqual({ ok: true });
    await drainQueue(mailJobs);
    const [declined] = await mailsTo(s.coordinator.email);
    expect(declined?.subject).toBe('Je aanvraag voor een kennismaking met Young Carers Schools Network');
    expect(declined?.textBody).toContain('> Deze organisatie neemt dit jaar geen nieuwe scholen aan.');
    expect(await mailsTo(s.contactEmail)).toEqual([]);
    expect(await listSchoolIntroductions(s.schoolId)).toMatchObject([{ status: 'declined', declineReason: 'Deze organisatie neemt dit jaar geen nieuwe scholen aan.' }]);
  });

  it('edits and archives only the organisation’s own contact', async () => {
    const s = await setting();
    const other = await setting();
    expect(await updateContact(other.samana, s.contactId, contactInput({ name: 'Overgenomen' }))).toEqual({ ok: false, reason: 'not-found' });
    expect(await setContactArchived(other.samana, s.contactId, true)).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateContact(s.samana, s.contactId, contactInput({ name: 'Carers Network UK' }))).toEqual({ ok: true });
    expect((await listSchoolContacts(s.schoolId))[0]!.contacts[0]!.name).toBe('Carers Network UK');
  });
});
