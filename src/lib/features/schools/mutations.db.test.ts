import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandSchool } from '$lib/server/tenancy';
import { drainQueue } from '$lib/server/jobs/queue';
import { buildSchool, uniqueEmail } from '../../../../tests/factories';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { latestMailTo } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { findSchoolByInstitutionNumber, listSchoolStaff, searchSchools } from './data.server';
import { newSchoolFormSchema } from './schema';
import { people } from '../people/tables.server';
import { db } from '$lib/server/db/client';
import { eq } from 'drizzle-orm';
import { addSchool, createSchool, inviteStaffMember, removeStaffMember, updateSchoolProfile, updateStaffMember } from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

describe('the shared school directory', () => {
  it('adds a school once and refuses the same instellingsnummer again', async () => {
    const school = buildSchool({ institutionNumber: '035865' });
    expect(await createSchool(school)).toMatchObject({ ok: true, institutionNumber: '035865' });
    const again = await createSchool({ ...school, name: 'Een andere naam' });
    expect(again).toEqual({ ok: false, reason: 'duplicate-number' });
  });

  it('refuses the same name in the same municipality, whatever the case', async () => {
    const school = buildSchool({ name: 'Sint-Lutgardisschool', municipality: 'Mol', postalCode: '2400', province: 'antwerpen' });
    expect((await createSchool(school)).ok).toBe(true);
    const twin = buildSchool({ name: 'SINT-LUTGARDISSCHOOL', municipality: 'mol', postalCode: '2400', province: 'antwerpen' });
    expect(await createSchool(twin)).toEqual({ ok: false, reason: 'duplicate-name' });
  });

  it('creates exactly one row when two facilitators add the same school at once', async () => {
    const school = buildSchool();
    const results = await Promise.all(Array.from({ length: 8 }, () => createSchool(school)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await searchSchools(school.institutionNumber)).toHaveLength(1);
  });

  it('finds a school by name, number or municipality', async () => {
    const school = buildSchool({ name: 'Atheneum Zonnebloem', municipality: 'Hasselt', postalCode: '3500', province: 'limburg' });
    await createSchool(school);
    expect((await searchSchools('zonnebloem')).map((s) => s.name)).toContain('Atheneum Zonnebloem');
    expect((await searchSchools(school.institutionNumber)).map((s) => s.name)).toEqual(['Atheneum Zonnebloem']);
    expect((await searchSchools('hasselt')).map((s) => s.name)).toContain('Atheneum Zonnebloem');
    expect(await searchSchools('%')).toEqual([]);
  });
});

describe('a school team', () => {
  it('invites a colleague by mail, refuses a second invitation and keeps the last coordinator', async () => {
    const created = await createSchool(buildSchool());
    if (!created.ok) throw new Error('school not created');
    const schoolId = brandSchool(created.id);
    const coordinator = uniqueEmail('coordinator');
    expect(await inviteStaffMember(schoolId, { email: coordinator, name: 'Ann Peeters', access: 'coordinator', schoolRole: 'directeur' }, 'Test')).toEqual({ ok: true });
    const colleague = uniqueEmail('leerkracht');
    expect(await inviteStaffMember(schoolId, { email: colleague, name: 'Bram Claes', access: 'staff', schoolRole: 'leerkracht' }, 'Ann Peeters')).toEqual({ ok: true });
    expect(await inviteStaffMember(schoolId, { email: colleague, name: 'Bram Claes', access: 'staff', schoolRole: 'leerkracht' }, 'Ann Peeters'))
      .toEqual({ ok: false, reason: 'already-in-team' });

    await drainQueue(mailJobs);
    const mail = await latestMailTo(colleague);
    expect(mail?.subject).toContain('Uitnodiging');
    expect(mail?.textBody).toMatch(/Ann Peeters nodigt je uit als leerkracht/);
    expect(mail?.textBody).toMatch(/\/aanmelden\/link\/[\w-]{20,}/);

    const staff = await listSchoolStaff(schoolId);
    const coordinatorRow = staff.find((s) => s.email === coordinator)!;
    expect(await removeStaffMember(schoolId, coordinatorRow.personId)).toEqual({ ok: false, reason: 'last-coordinator' });
    expect(await listSchoolStaff(schoolId)).toHaveLength(2);
    expect(await updateStaffMember(schoolId, { personId: coordinatorRow.personId, access: 'staff', schoolRole: 'directeur' })).toEqual({ ok: false, reason: 'last-coordinator' });
    const colleagueRow = staff.find((s) => s.email === colleague)!;
    expect(await updateStaffMember(schoolId, { personId: colleagueRow.personId, access: 'staff', schoolRole: 'ambassadeur' })).toEqual({ ok: true });
    expect((await listSchoolStaff(schoolId)).find((s) => s.email === colleague)?.schoolRole).toBe('ambassadeur');
    expect(await removeStaffMember(schoolId, colleagueRow.personId)).toEqual({ ok: true });
    expect(await listSchoolStaff(schoolId)).toHaveLength(1);
  });

  it('updates the profile but not into another school\'s name', async () => {
    const a = buildSchool({ name: 'Basisschool De Linde', municipality: 'Brugge', postalCode: '8000', province: 'west-vlaanderen' });
    const b = buildSchool({ municipality: 'Brugge', postalCode: '8000', province: 'west-vlaanderen' });
    await createSchool(a);
    const created = await createSchool(b);
    if (!created.ok) throw new Error('school not created');
    const { institutionNumber: _nr, ...rest } = b;
    const clash = await updateSchoolProfile(brandSchool(created.id), { ...rest, countryName: null, sector: null, name: 'basisschool de linde', description: '', website: null });
    expect(clash).toEqual({ ok: false, reason: 'duplicate-name' });
    const ok = await updateSchoolProfile(brandSchool(created.id), { ...rest, countryName: null, sector: null, description: 'Een warme school.', website: 'https://school.example' });
    expect(ok).toEqual({ ok: true });
    expect((await findSchoolByInstitutionNumber(b.institutionNumber))?.description).toBe('Een warme school.');
  });
});

describe('schools outside Flanders and a first coordinator', () => {
  const form = (fields: Record<string, string>) => newSchoolFormSchema.parse({ street: 'Kerkstraat 1', ...fields });
  const dutch = (name: string, extra: Record<string, string> = {}) =>
    form({ name, identifierType: 'brin', identifier: '31QX00', postalCode: '6211 AB', municipality: 'Maastricht', sector: 'po', ...extra });

  it('adds a Dutch school under its BRIN key and refuses that BRIN twice, but not the same digits of another type', async () => {
    const created = await addSchool(dutch('OBS De Klimop'), 'Lotte');
    expect(created).toMatchObject({ ok: true, institutionNumber: 'brin-31QX00', coordinatorInvited: false });
    expect(await findSchoolByInstitutionNumber('brin-31QX00')).toMatchObject({ country: 'NL', identifierType: 'brin', postalCode: '6211 AB', sector: 'po', province: null });
    expect(await addSchool(dutch('Een andere naam'), 'Lotte')).toEqual({ ok: false, reason: 'duplicate-number' });
    const fase = form({ name: 'École du Centre', identifierType: 'fase', identifier: '47123', postalCode: '5000', municipality: 'Namur', level: 'basis' });
    const flemish = form({ name: 'Basisschool Het Centrum', identifierType: 'instellingsnummer', identifier: '47123', postalCode: '9000', municipality: 'Gent', level: 'basis', province: 'oost-vlaanderen', educationNetwork: 'go' });
    expect(await addSchool(fase, 'Lotte')).toMatchObject({ ok: true, institutionNumber: 'fase-47123' });
    expect(await addSchool(flemish, 'Lotte')).toMatchObject({ ok: true, institutionNumber: '047123' });
    const elsewhere = await addSchool(form({ name: 'Lycée Michel Rodange', identifierType: 'none', postalCode: 'L-2430', municipality: 'Luxemburg', countryName: 'Luxemburg' }), 'Lotte');
    expect(elsewhere).toMatchObject({ ok: true, institutionNumber: expect.stringMatching(/^school-[0-9a-f]{12}$/) });
  });

  it('invites the first coordinator with the school, and writes neither when the school is a duplicate', async () => {
    const email = uniqueEmail('eerste');
    const created = await addSchool(dutch('OBS De Wilg', { identifier: '42XY', coordinatorName: 'Marloes de Jong', coordinatorEmail: email, coordinatorRole: 'intern-begeleider' }), 'Lotte Verstraeten');
    if (!created.ok) throw new Error('school not created');
    expect(created.coordinatorInvited).toBe(true);
    expect(await listSchoolStaff(brandSchool(created.id))).toEqual([expect.objectContaining({ email, access: 'coordinator', schoolRole: 'intern-begeleider' })]);
    await drainQueue(mailJobs);
    expect((await latestMailTo(email))?.textBody).toMatch(/Lotte Verstraeten nodigt je uit als intern begeleider voor OBS De Wilg/);

    const late = uniqueEmail('te-laat');
    expect(await addSchool(dutch('OBS De Wilg bis', { identifier: '42XY', coordinatorName: 'Piet', coordinatorEmail: late, coordinatorRole: 'directeur' }), 'Lotte'))
      .toEqual({ ok: false, reason: 'duplicate-number' });
    expect(await db().$count(people, eq(people.email, late))).toBe(0);
  });
});
