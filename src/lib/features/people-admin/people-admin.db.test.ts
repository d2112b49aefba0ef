import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginTokens, people, schoolStaff, sessions } from '$lib/server/db/schema';
import { drainQueue, startQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertPerson, insertSchool } from '../../../../tests/factories';
import { administeredPerson } from '../../../../tests/handles';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { findActorBySession } from '../people/data.server';
import { AccountDeactivated, consumeMagicLink, createSession, issueLoginToken, loginWithPassword, requestMagicLink, setPassword } from '../people/mutations.server';
import { grant } from '$lib/server/tenancy';
import { hashSecret } from '$lib/server/auth/tokens';
import type { OwnAccount } from '../people/types';
import { searchPeople, peoplePageSize } from './data.server';
import { deactivatePerson, grantCoordinator, reactivatePerson, revokeCoordinator } from './mutations.server';

// ADR 032: the platform admin's people tools.
let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); await startQueue(); });
afterAll(async () => { await database.close(); });
beforeEach(async () => { await drainQueue(mailJobs); });

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return (await listOutbox()).filter((m) => m.recipient === email);
}

describe('finding people', () => {
  it('searches name and address case-insensitively, a page at a time, and treats % and _ literally', async () => {
    for (let i = 0; i < peoplePageSize + 3; i++) await insertPerson({ name: `Zoekbaar ${String(i).padStart(2, '0')}`, email: `zoek${i}@zoek.example` });
    await insertPerson({ name: 'Elders', email: 'ZOEKBAAR.elders@andere.example' });
    const first = await searchPeople('zoekbaar', 1);
    expect(first.total).toBe(peoplePageSize + 4);
    expect(first.pages).toBe(2);
    expect(first.rows).toHaveLength(peoplePageSize);
    const second = await searchPeople('zoekbaar', 2);
    expect(second.rows).toHaveLength(4);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(peoplePageSize + 4);
    // A page past the end shows the last one.
    expect((await searchPeople('zoekbaar', 99)).page).toBe(2);
    expect((await searchPeople('@zoek.exam', 1)).total).toBe(peoplePageSize + 3);
    expect((await searchPeople('zoek%', 1)).total).toBe(0);
  });
});

describe('school coordinators', () => {
  it('makes a staff member coordinator with a mailed notice, and refuses a second time or an unknown school', async () => {
    const school = await insertSchool();
    const person = await insertPerson();
    await database.handle.db.insert(schoolStaff).values({ personId: person.id, schoolId: school.id, access: 'staff', schoolRole: 'leerkracht' });
    expect(await grantCoordinator(administeredPerson(person.id), { school: school.institutionNumber, schoolRole: 'directeur' })).toEqual({ ok: true, schoolName: school.name });
    const [row] = await database.handle.db.select().from(schoolStaff).where(eq(schoolStaff.personId, person.id));
    expect(row).toMatchObject({ access: 'coordinator', schoolRole: 'leerkracht' });
    const mails = await mailsTo(person.email);
    expect(mails.map((m) => m.subject)).toEqual([`Je bent coördinator van ${school.name} op Netwerkplein`]);
    expect(await grantCoordinator(administeredPerson(person.id), { school: school.institutionNumber, schoolRole: 'directeur' })).toEqual({ ok: false, reason: 'already-coordinator' });
    expect(await grantCoordinator(administeredPerson(person.id), { school: '999999', schoolRole: 'directeur' })).toEqual({ ok: false, reason: 'school-not-found' });
  });

  it("revokes a coordinator role (the person stays staff), but a school's last coordinator only when confirmed", async () => {
    const school = await insertSchool();
    const [first, second] = [await insertPerson(), await insertPerson()];
    for (const p of [first, second]) await grantCoordinator(administeredPerson(p.id), { school: school.institutionNumber, schoolRole: 'directeur' });
    await drainQueue(mailJobs);
    expect(await revokeCoordinator(administeredPerson(first.id), { schoolId: school.id, confirmLastCoordinator: false })).toMatchObject({ ok: true });
    expect((await mailsTo(first.email)).some((m) => m.subject === `Je bent geen coördinator meer van ${school.name}`)).toBe(true);
    // Now the second is the last one.
    expect(await revokeCoordinator(administeredPerson(second.id), { schoolId: school.id, confirmLastCoordinator: false })).toEqual({ ok: false, reason: 'last-coordinator' });
    const access = async (id: string) => (await database.handle.db.select({ access: schoolStaff.access }).from(schoolStaff)
      .where(and(eq(schoolStaff.personId, id), eq(schoolStaff.schoolId, school.id))))[0]?.access;
    expect(await access(second.id)).toBe('coordinator');
    expect(await revokeCoordinator(administeredPerson(second.id), { schoolId: school.id, confirmLastCoordinator: true })).toMatchObject({ ok: true });
    expect([await access(first.id), await access(second.id)]).toEqual(['staff', 'staff']);
    expect(await revokeCoordinator(administeredPerson(second.id), { schoolId: school.id, confirmLastCoordinator: true })).toEqual({ ok: false, reason: 'not-coordinator' });
  });
});

describe('deactivating an account', () => {
  it('ends a live session at its next request and refuses every way of signing in until reactivated', async () => {
    const admin = await insertPerson({ isPlatformAdmin: true });
    const person = await insertPerson();
    await setPassword(grant('own-account', person.id) as OwnAccount, 'een-lang-wachtwoord');
    const live = await createSession(person.id);
    expect((await findActorBySession(live.secret))?.personId).toBe(person.id);
    const link = await issueLoginToken(person.id, 'magic-link', 20);

    expect(await deactivatePerson(administeredPerson(person.id), admin.id)).toEqual({ ok: true });
    // The session that was live is refused on its next request, and is gone.
    expect(await findActorBySession(live.secret)).toBeNull();
    expect(await database.handle.db.$count(sessions, eq(sessions.personId, person.id))).toBe(0);
    // Password: refused (told only to who knows it); a link mailed before: unusable; a new link: none sent.
    expect(await loginWithPassword(person.email, 'een-lang-wachtwoord', '198.51.100.1')).toEqual({ ok: false, reason: 'deactivated' });
    expect(await consumeMagicLink(link)).toBeNull();
    await requestMagicLink(person.email, '198.51.100.1');
    expect(await database.handle.db.$count(loginTokens, eq(loginTokens.personId, person.id))).toBe(0);
    // Every way in (OpenID Connect, a confirmation link, a reset) ends in createSession, which refuses.
    await expect(createSession(person.id)).rejects.toBeInstanceOf(AccountDeactivated);
    // A session row that slipped in anyway is not honoured.
    await database.handle.db.insert(sessions).values({ idHash: hashSecret('ingeslopen'), personId: person.id, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await findActorBySession('ingeslopen')).toBeNull();

    expect(await reactivatePerson(administeredPerson(person.id))).toEqual({ ok: true });
    expect(await loginWithPassword(person.email, 'een-lang-wachtwoord', '198.51.100.1')).toMatchObject({ ok: true });
    expect((await findActorBySession((await createSession(person.id)).secret))?.personId).toBe(person.id);
    expect(await reactivatePerson(administeredPerson(person.id))).toEqual({ ok: false, reason: 'not-deactivated' });
  });

  it("refuses an admin's own account", async () => {
    const admin = await insertPerson({ isPlatformAdmin: true });
    expect(await deactivatePerson(administeredPerson(admin.id), admin.id)).toEqual({ ok: false, reason: 'own-account' });
    const [row] = await database.handle.db.select({ deactivatedAt: people.deactivatedAt }).from(people).where(eq(people.id, admin.id));
    expect(row?.deactivatedAt).toBeNull();
  });
});
