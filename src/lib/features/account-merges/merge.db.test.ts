import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accountMerges, activities, activityExtras, activityReactions, municipalities, municipalityOfficers, organisationRoles, people, registrationExtras,
  registrationPairSchools, registrationPairs, registrations, schoolJoinRequests, schoolStaff, sessions
} from '$lib/server/db/schema';
import { drainQueue, startQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertActivity, insertOrganisation, insertPerson, insertSchool } from '../../../../tests/factories';
import { administeredPerson, registrant } from '../../../../tests/handles';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { AccountDeactivated, createSession, loginWithPassword, setPassword } from '../people/mutations.server';
import { findActorBySession } from '../people/data.server';
import { registerForActivity } from '../registrations/mutations.server';
import { grant } from '$lib/server/tenancy';
import type { OwnAccount } from '../people/types';
import { mergeAccounts, mergeSteps } from './mutations.server';

// ADR 032: merging two accounts of one person moves everything and loses nothing.
let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); await startQueue(); });
afterAll(async () => { await database.close(); });
beforeEach(async () => { await drainQueue(mailJobs); });

const db = () => database.handle.db;

describe('the merge is safe against new tables', () => {
  it('handles every foreign key to people that the database catalogue lists', async () => {
    const result = await db().execute(sql`select cl.relname as "table", a.attname as "column"
      from pg_constraint c join pg_class cl on cl.oid = c.conrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = 'public.people'::regclass order by 1, 2`);
    const inCatalogue = (result as unknown as { rows: { table: string; column: string }[] }).rows.map((r) => `${r.table}.${r.column}`);
    expect(inCatalogue.length).toBeGreaterThan(20);
    // A new table referring to people fails here until mergeSteps says what a merge does with it.
    expect(inCatalogue.filter((key) => !(key in mergeSteps))).toEqual([]);
    expect(Object.keys(mergeSteps).filter((key) => !inCatalogue.includes(key))).toEqual([]);
  });
});

async function registerFor(activityId: string, personId: string, answers: Record<string, string> = {}, extraIds: string[] = []) {
  const result = await registerForActivity(registrant(activityId, personId), { answers, extraIds });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

async function seatsOf(activityId: string) {
  const [row] = await db().select({ seatsTaken: activities.seatsTaken }).from(activities).where(eq(activities.id, activityId));
  const seated = await db().$count(registrations, and(eq(registrations.activityId, activityId), inArray(registrations.status, ['registered', 'attended', 'absent'])));
  return { taken: row!.seatsTaken, seated };
}

describe('merging two accounts of one person', () => {
  it('moves roles, memberships, requests, registrations and reactions, resolves duplicates and keeps the seat counts exact', async () => {
    const admin = await insertPerson({ isPlatformAdmin: true });
    const kept = await insertPerson({ name: 'Lien Segers' });
    const merged = await insertPerson({ name: 'Lien Segers (privé)' });
    const waiting = await insertPerson({ name: 'Eerste op de wachtlijst' });
    const org = await insertOrganisation();
    const otherOrg = await insertOrganisation();
    await db().insert(organisationRoles).values([
      { personId: merged.id, organisationId: org.id, role: 'facilitator' },
      { personId: merged.id, organisationId: otherOrg.id, role: 'coach' },
      { personId: kept.id, organisationId: otherOrg.id, role: 'coach' }
    ]);
    const [s1, s2, s3, s4] = [await insertSchool(), await insertSchool(), await insertSchool(), await insertSchool()];
    await db().insert(schoolStaff).values([
      { personId: kept.id, schoolId: s1.id, access: 'staff', schoolRole: 'leerkracht' },
      { personId: merged.id, schoolId: s1.id, access: 'coordinator', schoolRole: 'directeur' },
      { personId: merged.id, schoolId: s2.id, access: 'staff', schoolRole: 'zorgcoordinator' }
    ]);
    await db().insert(schoolJoinRequests).values([
      { schoolId: s3.id, personId: kept.id, access: 'staff', schoolRole: 'leerkracht' },
      { schoolId: s3.id, personId: merged.id, access: 'staff', schoolRole: 'leerkracht' },
      { schoolId: s4.id, personId: merged.id, access: 'staff', schoolRole: 'leerkracht', status: 'declined' }
    ]);
    // Both seated for a full activity with someone waiting: one seat goes to the first in line.
    const full = await insertActivity(org.id, { capacity: 2 });
    const [dinner] = await db().insert(activityExtras).values({ activityId: full.id, title: 'Diner', capacity: 5 }).returning({ id: activityExtras.id });
    await registerFor(full.id, kept.id, { vraag1: 'van het eerste account' });
    await registerFor(full.id, merged.id, { vraag1: 'van het tweede', vraag2: 'enkel in het tweede' }, [dinner!.id]);
    expect((await registerFor(full.id, waiting.id)).status).toBe('waiting');
    // The merged account's seat beats the kept account's place on a waiting list.
    const small = await insertActivity(org.id, { capacity: 1 });
    await registerFor(small.id, merged.id, { station: 'Antwerpen-Centraal' });
    expect((await registerFor(small.id, kept.id)).status).toBe('waiting');
    // Only the merged account registered: it simply moves.
    const only = await insertActivity(org.id);
    await registerFor(only.id, merged.id);
    await db().insert(activityReactions).values({ activityId: only.id, personId: merged.id, body: 'Ik kijk ernaar uit!' });
    await setPassword(grant('own-account', merged.id) as OwnAccount, 'het-tweede-wachtwoord');
    const live = await createSession(merged.id);

    const result = await mergeAccounts(administeredPerson(kept.id), merged.email, admin.id);
    expect(result.ok).toBe(true);

    const rolesOf = async (id: string) => (await db().select({ org: organisationRoles.organisationId, role: organisationRoles.role })
      .from(organisationRoles).where(eq(organisationRoles.personId, id))).map((r) => `${r.org}:${r.role}`).sort();
    expect(await rolesOf(kept.id)).toEqual([`${org.id}:facilitator`, `${otherOrg.id}:coach`].sort());
    const staff = await db().select({ schoolId: schoolStaff.schoolId, access: schoolStaff.access }).from(schoolStaff).where(eq(schoolStaff.personId, kept.id));
    expect(Object.fromEntries(staff.map((s) => [s.schoolId, s.access]))).toEqual({ [s1.id]: 'coordinator', [s2.id]: 'staff' });
    const requests = await db().select({ schoolId: schoolJoinRequests.schoolId, status: schoolJoinRequests.status }).from(schoolJoinRequests)
      .where(eq(schoolJoinRequests.personId, kept.id));
    expect(requests.map((r) => `${r.schoolId}:${r.status}`).sort()).toEqual([`${s3.id}:pending`, `${s4.id}:declined`].sort());

    const [onFull] = await db().select().from(registrations).where(and(eq(registrations.activityId, full.id), eq(registrations.personId, kept.id)));
    expect(onFull).toMatchObject({ status: 'registered', answers: { vraag1: 'van het eerste account', vraag2: 'enkel in het tweede' } });
    // The dinner seat moved with the registration that kept its seat.
    expect(await db().select({ claimed: registrationExtras.claimed }).from(registrationExtras).where(eq(registrationExtras.registrationId, onFull!.id))).toEqual([{ claimed: true }]);
    const [dinnerRow] = await db().select({ seatsTaken: activityExtras.seatsTaken }).from(activityExtras).where(eq(activityExtras.id, dinner!.id));
    expect(dinnerRow!.seatsTaken).toBe(1);
    const [promoted] = await db().select({ status: registrations.status }).from(registrations).where(and(eq(registrations.activityId, full.id), eq(registrations.personId, waiting.id)));
    expect(promoted!.status).toBe('registered');
    expect(await seatsOf(full.id)).toEqual({ taken: 2, seated: 2 });
    await drainQueue(mailJobs);
    expect((await listOutbox()).some((m) => m.recipient === waiting.email)).toBe(true);

    const onSmall = await db().select().from(registrations).where(eq(registrations.activityId, small.id));
    expect(onSmall.map((r) => [r.personId, r.status, r.answers])).toEqual([[kept.id, 'registered', { station: 'Antwerpen-Centraal' }]]);
    expect(await seatsOf(small.id)).toEqual({ taken: 1, seated: 1 });
    expect(await db().$count(registrations, and(eq(registrations.activityId, only.id), eq(registrations.personId, kept.id)))).toBe(1);
    expect(await db().$count(activityReactions, eq(activityReactions.personId, kept.id))).toBe(1);

    // Nothing refers to the merged-away account any more, and it cannot sign in.
    for (const key of Object.keys(mergeSteps).filter((k) => k !== 'people.merged_into')) {
      const [table, column] = key.split('.') as [string, string];
      const left = await db().execute(sql`select 1 from ${sql.identifier(table)} where ${sql.identifier(column)} = ${merged.id}`);
      expect((left as unknown as { rows: unknown[] }).rows, key).toEqual([]);
    }
    expect(await findActorBySession(live.secret)).toBeNull();
    expect(await db().$count(sessions, eq(sessions.personId, merged.id))).toBe(0);
    expect(await loginWithPassword(merged.email, 'het-tweede-wachtwoord', '198.51.100.2')).toEqual({ ok: false, reason: 'invalid' });
    await expect(createSession(merged.id)).rejects.toBeInstanceOf(AccountDeactivated);
    const [closed] = await db().select({ mergedInto: people.mergedInto, deactivatedAt: people.deactivatedAt }).from(people).where(eq(people.id, merged.id));
    expect(closed!.mergedInto).toBe(kept.id);
    expect(closed!.deactivatedAt).not.toBeNull();

    const [audit] = await db().select().from(accountMerges).where(eq(accountMerges.mergedPersonId, merged.id));
    expect(audit).toMatchObject({ keptPersonId: kept.id, keptEmail: kept.email, mergedEmail: merged.email, mergedBy: admin.id });
    expect(audit!.moved).toMatchObject({ 'organisation_roles.person_id': 1, 'registrations.person_id': 1, 'activity_reactions.person_id': 1 });
    expect(audit!.dropped).toMatchObject({ 'organisation_roles.person_id': 1, 'registrations.person_id': 2, 'school_join_requests.person_id': 1 });
  });

  it("keeps an officer's municipality and a pair that only the dropped registration had", async () => {
    const admin = await insertPerson({ isPlatformAdmin: true });
    const kept = await insertPerson({ name: 'Anouk de Vries' });
    const merged = await insertPerson({ name: 'Anouk de Vries (gemeente)' });
    const [maastricht] = await db().insert(municipalities).values({ name: 'Maastricht', country: 'NL', invoiceName: 'Gemeente Maastricht' })
      .returning({ id: municipalities.id });
    await db().insert(municipalityOfficers).values({ municipalityId: maastricht!.id, personId: merged.id, portfolio: 'onderwijs' });
    const school = await insertSchool();
    const trip = await insertActivity((await insertOrganisation()).id);
    const own = await registerFor(trip.id, kept.id);
    const paired = await registerFor(trip.id, merged.id);
    if (!own.ok || !paired.ok) throw new Error('registration refused');
    const [ownRow] = await db().select({ id: registrations.id }).from(registrations).where(eq(registrations.personId, kept.id));
    const [pairedRow] = await db().select({ id: registrations.id }).from(registrations).where(eq(registrations.personId, merged.id));
    await db().insert(registrationPairs).values({ registrationId: pairedRow!.id, municipalityId: maastricht!.id });
    await db().insert(registrationPairSchools).values({ registrationId: pairedRow!.id, schoolId: school.id });

    expect((await mergeAccounts(administeredPerson(kept.id), merged.email, admin.id)).ok).toBe(true);

    expect(await db().select({ personId: municipalityOfficers.personId, portfolio: municipalityOfficers.portfolio }).from(municipalityOfficers))
      .toEqual([{ personId: kept.id, portfolio: 'onderwijs' }]);
    const [left] = await db().select({ id: registrations.id }).from(registrations).where(eq(registrations.activityId, trip.id));
    expect(left!.id).toBe(ownRow!.id);
    expect(await db().select({ municipalityId: registrationPairs.municipalityId }).from(registrationPairs).where(eq(registrationPairs.registrationId, left!.id)))
      .toEqual([{ municipalityId: maastricht!.id }]);
    expect(await db().select({ schoolId: registrationPairSchools.schoolId }).from(registrationPairSchools).where(eq(registrationPairSchools.registrationId, left!.id)))
      .toEqual([{ schoolId: school.id }]);
  });

  it('refuses the same account, an unknown address, an account merged already and the admin merging themself away, changing nothing', async () => {
    const admin = await insertPerson({ isPlatformAdmin: true });
    const kept = await insertPerson();
    const other = await insertPerson();
    expect(await mergeAccounts(administeredPerson(kept.id), kept.email, admin.id)).toEqual({ ok: false, reason: 'same-account' });
    expect(await mergeAccounts(administeredPerson(kept.id), 'niemand@nergens.example', admin.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await mergeAccounts(administeredPerson(kept.id), admin.email, admin.id)).toEqual({ ok: false, reason: 'own-account' });
    expect(await db().$count(accountMerges, eq(accountMerges.keptPersonId, kept.id))).toBe(0);
    expect((await mergeAccounts(administeredPerson(kept.id), other.email, admin.id)).ok).toBe(true);
    expect(await mergeAccounts(administeredPerson(kept.id), other.email, admin.id)).toEqual({ ok: false, reason: 'already-merged' });
    expect(await mergeAccounts(administeredPerson(other.id), kept.email, admin.id)).toEqual({ ok: false, reason: 'kept-merged' });
  });
});
