import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandSchool } from '$lib/server/tenancy';
import { insertOrganisation, insertPerson, insertSchool, uniqueEmail } from '../../../../tests/factories';
import { joinApplicant, organisationJoinInbox, platformJoinInbox, schoolJoinInbox } from '../../../../tests/handles';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { mails } from '../mail/tables.server';
import { mailJobs } from '../mail/jobs.server';
import { networkMemberships, networks } from '../networks/tables.server';
import { organisationRoles } from '../organisations/tables.server';
import { joinRoutingYears, listPendingJoinRequests, listSchoolStaff } from './data.server';
import { addMailDomain, askToJoin, decideJoinRequest } from './mutations.server';
import { schoolJoinRequests, schoolMailDomains, schoolStaff } from './tables.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const [thisYear] = joinRoutingYears().slice(-1);
let n = 0;
const ip = () => `10.0.0.${++n}`;

async function mailsTo(address: string) {
  await drainQueue(mailJobs);
  return db().select({ subject: mails.subject, textBody: mails.textBody }).from(mails).where(eq(mails.recipient, address));
}

async function facilitatorOf(organisationId: string) {
  const person = await insertPerson({ email: uniqueEmail('facilitator') });
  await db().insert(organisationRoles).values({ personId: person.id, organisationId, role: 'facilitator' });
  return person;
}

/** A school without coordinator in a network of a new organisation in `year`. */
async function schoolInNetwork(year: number) {
  const organisation = await insertOrganisation();
  const facilitator = await facilitatorOf(organisation.id);
  const school = await insertSchool();
  const [network] = await db().insert(networks).values({ organisationId: organisation.id, slug: `net-${++n}`, name: 'Netwerk' }).returning({ id: networks.id });
  await db().insert(networkMemberships).values({ networkId: network!.id, schoolId: school.id, schoolYear: year });
  return { organisation, facilitator, school };
}

async function coordinatorOf(schoolId: string) {
  const person = await insertPerson({ email: uniqueEmail('coordinator') });
  await db().insert(schoolStaff).values({ personId: person.id, schoolId, access: 'coordinator', schoolRole: 'directeur' });
  return person;
}

const teacher = () => insertPerson({ email: uniqueEmail('leerkracht'), name: 'Lien Teacher' });

describe('routing a request to join', () => {
  it('goes to the school\'s coordinators when it has any', async () => {
    const { school, facilitator } = await schoolInNetwork(thisYear!);
    const coordinator = await coordinatorOf(school.id);
    const applicant = await teacher();
    expect(await askToJoin(joinApplicant(school.id, applicant), { access: 'staff', schoolRole: 'leerkracht' }, ip())).toEqual({ ok: true, outcome: 'requested' });
    const [mail] = await mailsTo(coordinator.email);
    expect(mail?.subject).toBe(`Vraag om aan te sluiten bij ${school.name}`);
    expect(mail?.textBody).toContain(`/school/${school.institutionNumber}/team`);
    expect(await mailsTo(facilitator.email)).toEqual([]);
    expect(await listPendingJoinRequests(schoolJoinInbox(school.id))).toHaveLength(1);
  });

  it('goes to the facilitators of its networks of this or last year when it has no coordinator, once per request', async () => {
    const { school, organisation, facilitator } = await schoolInNetwork(thisYear! - 1);
    const applicant = await teacher();
    const ask = () => askToJoin(joinApplicant(school.id, applicant), { access: 'coordinator', schoolRole: 'leerkracht' }, ip());
    expect(await ask()).toEqual({ ok: true, outcome: 'requested' });
    expect(await ask()).toEqual({ ok: true, outcome: 'requested' });
    const received = await mailsTo(facilitator.email);
    expect(received).toHaveLength(1);
    expect(received[0]?.textBody).toContain(`/werkruimte/${organisation.slug}/aansluitingen`);
    expect((await listPendingJoinRequests(organisationJoinInbox(organisation.id))).map((r) => r.email)).toEqual([applicant.email]);
    expect(await listPendingJoinRequests(platformJoinInbox())).not.toContainEqual(expect.objectContaining({ email: applicant.email }));
  });

  it('goes to the platform admins when the school has no coordinator and no network now or last year', async () => {
    const { school, facilitator } = await schoolInNetwork(thisYear! - 3);
    const admin = await insertPerson({ email: uniqueEmail('admin'), isPlatformAdmin: true });
    const applicant = await teacher();
    await askToJoin(joinApplicant(school.id, applicant), { access: 'staff', schoolRole: 'leerkracht' }, ip());
    expect((await mailsTo(admin.email)).map((m) => m.textBody)).toEqual([expect.stringContaining('/beheer/aansluitingen')]);
    expect(await mailsTo(facilitator.email)).toEqual([]);
    expect((await listPendingJoinRequests(platformJoinInbox())).map((r) => r.email)).toContain(applicant.email);
  });
});

describe('verified mail domains', () => {
  it('lets a coordinator vouch only for the domain of their own address', async () => {
    const school = await insertSchool();
    const coordinator = await insertPerson({ email: `ann.${++n}@sint-jozef-${n}.example` });
    const own = coordinator.email.split('@')[1]!;
    expect(await addMailDomain(brandSchool(school.id), 'andere-school.example', { personId: coordinator.id, email: coordinator.email }))
      .toEqual({ ok: false, reason: 'not-own-domain' });
    expect(await addMailDomain(brandSchool(school.id), own, { personId: coordinator.id, email: coordinator.email })).toEqual({ ok: true });
    expect(await addMailDomain(brandSchool(school.id), own, { personId: coordinator.id, email: coordinator.email })).toEqual({ ok: false, reason: 'exists' });
  });

  it('joins an address on such a domain as staff at once, and still asks for coordination', async () => {
    const school = await insertSchool();
    const coordinator = await coordinatorOf(school.id);
    await db().insert(schoolMailDomains).values({ schoolId: school.id, domain: 'klimop.example' });
    const staff = await insertPerson({ email: `bram.${++n}@klimop.example` });
    expect(await askToJoin(joinApplicant(school.id, staff), { access: 'staff', schoolRole: 'leerkracht' }, ip())).toEqual({ ok: true, outcome: 'joined' });
    const hopeful = await insertPerson({ email: `cato.${++n}@klimop.example` });
    expect(await askToJoin(joinApplicant(school.id, hopeful), { access: 'coordinator', schoolRole: 'directeur' }, ip())).toEqual({ ok: true, outcome: 'joined-and-requested' });
    const team = await listSchoolStaff(brandSchool(school.id));
    expect(team.filter((s) => s.access === 'staff').map((s) => s.email).sort()).toEqual([staff.email, hopeful.email].sort());
    // Only the coordinator request reached the coordinator.
    expect(await mailsTo(coordinator.email)).toHaveLength(1);
    const outsider = await insertPerson({ email: `dirk.${++n}@elders.example` });
    expect(await askToJoin(joinApplicant(school.id, outsider), { access: 'staff', schoolRole: 'leerkracht' }, ip())).toEqual({ ok: true, outcome: 'requested' });
  });
});

describe('deciding on a request', () => {
  it('lets the network\'s facilitator approve: the applicant becomes coordinator and hears so; a second decision changes nothing', async () => {
    const { school, organisation, facilitator } = await schoolInNetwork(thisYear!);
    const applicant = await teacher();
    await askToJoin(joinApplicant(school.id, applicant), { access: 'coordinator', schoolRole: 'leerkracht' }, ip());
    const [request] = await listPendingJoinRequests(organisationJoinInbox(organisation.id));
    const other = await insertOrganisation();
    expect(await decideJoinRequest(organisationJoinInbox(other.id), { requestId: request!.id, decision: 'approve' }, facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await decideJoinRequest(schoolJoinInbox((await insertSchool()).id), { requestId: request!.id, decision: 'approve' }, facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await decideJoinRequest(platformJoinInbox(), { requestId: request!.id, decision: 'approve' }, facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await listSchoolStaff(brandSchool(school.id))).toEqual([]);

    expect(await decideJoinRequest(organisationJoinInbox(organisation.id), { requestId: request!.id, decision: 'approve' }, facilitator.id)).toEqual({ ok: true, decision: 'approve' });
    expect(await decideJoinRequest(organisationJoinInbox(organisation.id), { requestId: request!.id, decision: 'decline' }, facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await listSchoolStaff(brandSchool(school.id))).toEqual([expect.objectContaining({ email: applicant.email, access: 'coordinator', schoolRole: 'leerkracht' })]);
    expect((await mailsTo(applicant.email)).map((m) => m.subject)).toEqual([`Je hoort nu bij ${school.name}`]);
  });

  it('hands the decision to the school once it has a coordinator', async () => {
    const { school, organisation, facilitator } = await schoolInNetwork(thisYear!);
    const applicant = await teacher();
    await askToJoin(joinApplicant(school.id, applicant), { access: 'staff', schoolRole: 'leerkracht' }, ip());
    const [request] = await listPendingJoinRequests(organisationJoinInbox(organisation.id));
    await coordinatorOf(school.id);
    expect(await listPendingJoinRequests(organisationJoinInbox(organisation.id))).toEqual([]);
    expect(await decideJoinRequest(organisationJoinInbox(organisation.id), { requestId: request!.id, decision: 'approve' }, facilitator.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await decideJoinRequest(schoolJoinInbox(school.id), { requestId: request!.id, decision: 'decline' }, facilitator.id)).toEqual({ ok: true, decision: 'decline' });
    const [row] = await db().select({ status: schoolJoinRequests.status }).from(schoolJoinRequests).where(eq(schoolJoinRequests.id, request!.id));
    expect(row?.status).toBe('declined');
    expect(await listSchoolStaff(brandSchool(school.id))).toHaveLength(1);
  });
});

describe('limits on asking', () => {
  it('refuses the eleventh ask of an hour from one address, writing nothing, and then limits the client too', async () => {
    const applicant = await teacher();
    const client = '10.9.9.9';
    for (let i = 0; i < 10; i++) {
      expect((await askToJoin(joinApplicant((await insertSchool()).id, applicant), { access: 'staff', schoolRole: 'leerkracht' }, client)).ok).toBe(true);
    }
    const school = await insertSchool();
    expect(await askToJoin(joinApplicant(school.id, applicant), { access: 'staff', schoolRole: 'leerkracht' }, client)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await db().$count(schoolJoinRequests, eq(schoolJoinRequests.schoolId, school.id))).toBe(0);
    for (let i = 0; i < 20; i++) await askToJoin(joinApplicant(school.id, await teacher()), { access: 'staff', schoolRole: 'leerkracht' }, client);
    const fresh = await teacher();
    expect(await askToJoin(joinApplicant(school.id, fresh), { access: 'staff', schoolRole: 'leerkracht' }, client)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await db().$count(schoolJoinRequests, eq(schoolJoinRequests.personId, fresh.id))).toBe(0);
  });
});
