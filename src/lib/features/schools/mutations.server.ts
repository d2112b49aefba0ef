import { randomBytes } from 'node:crypto';
import { TransactionRollbackError, and, eq, inArray, ne, sql } from 'drizzle-orm';
import { messagesFor } from '$lib/i18n/messages';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import { schoolJoinRequests, schoolMailDomains, schools, schoolStaff } from './tables.server';
import { people } from '../people/tables.server';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import { bulkMailJob, urgentMailJob } from '../mail/jobs.server';
import type { MailRecipient } from '../mail/schema';
import { findOrCreatePerson, invitationMail, invitationMinutes, issueLoginToken, loginLinkUrl, takeRateLimit } from '../people/mutations.server';
import { joinRouteFacts, joinRoutingYears, routedTo } from './data.server';
import { joinDecisionMail, joinRequestMail } from './emails/join-mails';
import { recordKeeperLeaving } from '../map-wegwijzer/mutations.server';
import { countryOf, joinRouteOf, mailDomainOf, schoolKey, type JoinRoute } from './rules';
import type { FirstCoordinator, JoinDecision, JoinRequestInput, NewSchoolForm, RegisterSchool, SchoolProfile, StaffInvite } from './schema';
import type { JoinApplicant, JoinInbox } from './types';

export type CreateSchoolResult =
  | { ok: true; id: string; institutionNumber: string; coordinatorInvited: boolean }
  | { ok: false; reason: 'duplicate-number' | 'duplicate-name' };

export const createSchoolFailures = {
  'duplicate-number': (_failure, input) => ({
    status: 409, field: 'identifier', key: input.identifierType === 'instellingsnummer' ? 'schoolDuplicate' : 'schoolDuplicateIdentifier'
  }),
  'duplicate-name': { status: 409, field: 'name', key: 'schoolDuplicateName' }
} satisfies FailureMap<CreateSchoolResult, NewSchoolForm>;

/** The unique indexes decide, so two facilitators adding the same school at once get one row. */
async function insertSchool(tx: Tx, input: RegisterSchool): Promise<CreateSchoolResult> {
  const [row] = await tx.insert(schools).values(input).onConflictDoNothing().returning({ id: schools.id });
  if (row) return { ok: true, id: row.id, institutionNumber: input.institutionNumber, coordinatorInvited: false };
  const [sameNumber] = await tx.select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber));
  return { ok: false, reason: sameNumber ? 'duplicate-number' : 'duplicate-name' };
}

export async function createSchool(input: RegisterSchool): Promise<CreateSchoolResult> {
  return db().transaction((tx) => insertSchool(tx, input));
}

/**
 * A facilitator adds a school of any identifier type and, in the same transaction, may invite its
 * first coordinator: the school is added with its invitation, or (a duplicate) neither is.
 */
export async function addSchool(form: NewSchoolForm, invitedBy: string): Promise<CreateSchoolResult> {
  const identifier = form.identifier ?? randomBytes(6).toString('hex');
  const input: RegisterSchool = {
    ...form.place, institutionNumber: schoolKey(form.identifierType, identifier),
    identifierType: form.identifierType, country: countryOf(form.identifierType)
  };
  return transactionWithJobs(async (tx) => {
    const created = await insertSchool(tx, input);
    if (!created.ok || !form.coordinator) return created;
    await inviteInto(tx, created.id, { ...form.coordinator, access: 'coordinator' }, invitedBy);
    return { ...created, coordinatorInvited: true };
  });
}

/** Adds the person to the team and mails them a sign-in link; false when they were in it already. */
async function inviteInto(tx: Tx, schoolId: string, invite: FirstCoordinator & { access: 'coordinator' | 'staff' }, invitedBy: string): Promise<boolean> {
  const person = await findOrCreatePerson(tx, invite.email, invite.name);
  const m = messagesFor(person.locale);
  const inserted = await tx
    .insert(schoolStaff)
    .values({ personId: person.id, schoolId, access: invite.access, schoolRole: invite.schoolRole })
    .onConflictDoNothing()
    .returning({ personId: schoolStaff.personId });
  if (!inserted[0]) return false;
  const [school] = await tx.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId));
  const secret = await issueLoginToken(person.id, 'magic-link', invitationMinutes, tx);
  await recordJob(tx, urgentMailJob, invitationMail({ email: invite.email, name: person.name, locale: person.locale }, invitedBy, school?.name ?? '', m.schoolRoles[invite.schoolRole].toLowerCase(), loginLinkUrl(secret)));
  return true;
}

export async function updateSchoolProfile(schoolId: AuthorizedSchoolId, profile: SchoolProfile): Promise<{ ok: true } | { ok: false; reason: 'duplicate-name' }> {
  const [clash] = await db()
    .select({ id: schools.id })
    .from(schools)
    .where(and(ne(schools.id, schoolId), sql`lower(${schools.name}) = lower(${profile.name})`,
      sql`lower(${schools.municipality}) = lower(${profile.municipality})`));
  if (clash) return { ok: false, reason: 'duplicate-name' };
  await db().update(schools).set(profile).where(eq(schools.id, schoolId));
  return { ok: true };
}

export async function inviteStaffMember(
  schoolId: AuthorizedSchoolId,
  invite: StaffInvite,
  invitedBy: string
): Promise<{ ok: true } | { ok: false; reason: 'already-in-team' }> {
  const invited = await transactionWithJobs((tx) => inviteInto(tx, schoolId, invite, invitedBy));
  return invited ? { ok: true } : { ok: false, reason: 'already-in-team' };
}

/**
 * Removes a team member, but never the school's last coordinator (the school would be orphaned).
 * A map keeper who leaves asks the coordinators to hand over, in the same transaction (ADR 046).
 */
export async function removeStaffMember(schoolId: AuthorizedSchoolId, personId: string): Promise<{ ok: true } | { ok: false; reason: 'last-coordinator' }> {
  return transactionWithJobs(async (tx) => {
    const removed = await tx
      .delete(schoolStaff)
      .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, personId)))
      .returning({ access: schoolStaff.access });
    if (removed[0]?.access === 'coordinator') {
      // Lock the remaining coordinator rows so two concurrent removals cannot both pass.
      const left = await tx.select({ personId: schoolStaff.personId }).from(schoolStaff)
        .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.access, 'coordinator'))).for('update');
      if (left.length === 0) tx.rollback();
    }
    if (removed[0]) await recordKeeperLeaving(tx, schoolId, personId);
    return { ok: true } as const;
  }).catch((err: unknown) => {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'last-coordinator' } as const;
    throw err;
  });
}

/** Changes a team member's role and rights; the last coordinator cannot give up coordination. */
export async function updateStaffMember(
  schoolId: AuthorizedSchoolId, input: { personId: string; access: 'coordinator' | 'staff'; schoolRole: StaffInvite['schoolRole'] }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'last-coordinator' }> {
  return db().transaction(async (tx) => {
    const coordinators = await tx.select({ personId: schoolStaff.personId }).from(schoolStaff)
      .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.access, 'coordinator'))).for('update');
    const isOnlyCoordinator = coordinators.length === 1 && coordinators[0]!.personId === input.personId;
    if (isOnlyCoordinator && input.access !== 'coordinator') return { ok: false, reason: 'last-coordinator' } as const;
    const updated = await tx.update(schoolStaff).set({ access: input.access, schoolRole: input.schoolRole })
      .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, input.personId)))
      .returning({ personId: schoolStaff.personId });
    return updated[0] ? ({ ok: true } as const) : ({ ok: false, reason: 'not-found' } as const);
  });
}

export const schoolProfileFailures = {
  'duplicate-name': { status: 409, field: 'name', key: 'schoolDuplicateName' }
} satisfies FailureMap<Awaited<ReturnType<typeof updateSchoolProfile>>>;

export const staffInviteFailures = {
  'already-in-team': { status: 409, field: 'email', key: 'alreadyInTeam' }
} satisfies FailureMap<Awaited<ReturnType<typeof inviteStaffMember>>>;

export const staffUpdateFailures = {
  'not-found': { status: 404, key: 'notFound' },
  'last-coordinator': { status: 409, key: 'lastCoordinator' }
} satisfies FailureMap<Awaited<ReturnType<typeof updateStaffMember>>>;

export const staffRemoveFailures = {
  'last-coordinator': { status: 409, key: 'lastCoordinator' }
} satisfies FailureMap<Awaited<ReturnType<typeof removeStaffMember>>>;

// Joining a school (ADR 028).

/** Per hour: a person's own asks (each may mail several deciders) and a client's. */
const joinLimits = { perAddress: 10, perClient: 30, windowSeconds: 3600 };

export type JoinResult =
  | { ok: true; outcome: 'requested' | 'joined' | 'joined-and-requested' | 'already-member' }
  | { ok: false; reason: 'rate-limited' };

export const joinFailures = {
  'rate-limited': { status: 429, key: 'joinRateLimited' }
} satisfies FailureMap<JoinResult>;

/**
 * A signed-in person asks to join a school. An address on a domain the school vouches for joins
 * as staff at once; anything more waits for whoever the route names, who get one mail each. Mail
 * only ever goes to those deciders and (on a decision) to the applicant's own signed-in address;
 * asking again while a request waits mails nobody, and asks are rate-limited per address and client.
 */
export async function askToJoin(applicant: JoinApplicant, input: JoinRequestInput, ip: string): Promise<JoinResult> {
  const address = applicant.email.toLowerCase();
  if (!(await takeRateLimit(`join:address:${address}`, joinLimits.perAddress, joinLimits.windowSeconds))) return { ok: false, reason: 'rate-limited' };
  if (!(await takeRateLimit(`join:ip:${ip}`, joinLimits.perClient, joinLimits.windowSeconds))) return { ok: false, reason: 'rate-limited' };
  const personId = applicant.id;
  const { schoolId } = applicant;
  return transactionWithJobs(async (tx) => {
    const [current] = await tx.select({ access: schoolStaff.access }).from(schoolStaff)
      .where(and(eq(schoolStaff.personId, personId), eq(schoolStaff.schoolId, schoolId)));
    if (current?.access === 'coordinator' || (current && input.access === 'staff')) return { ok: true, outcome: 'already-member' } as const;
    const [vouched] = current ? [] : await tx.select({ domain: schoolMailDomains.domain }).from(schoolMailDomains)
      .where(and(eq(schoolMailDomains.schoolId, schoolId), eq(schoolMailDomains.domain, mailDomainOf(address))));
    if (vouched) {
      await tx.insert(schoolStaff).values({ personId, schoolId, access: 'staff', schoolRole: input.schoolRole }).onConflictDoNothing();
      if (input.access === 'staff') return { ok: true, outcome: 'joined' } as const;
    }
    const outcome = vouched ? 'joined-and-requested' as const : 'requested' as const;
    const [request] = await tx.insert(schoolJoinRequests).values({ schoolId, personId, access: input.access, schoolRole: input.schoolRole })
      .onConflictDoNothing().returning({ id: schoolJoinRequests.id });
    if (!request) return { ok: true, outcome };
    const [school] = await tx.select({ name: schools.name, key: schools.institutionNumber }).from(schools).where(eq(schools.id, schoolId));
    const route = joinRouteOf(await joinRouteFacts(tx, schoolId, joinRoutingYears()));
    const facts = { requesterName: applicant.name, requesterEmail: address, schoolName: school!.name, access: input.access, schoolRole: input.schoolRole };
    for (const decider of await decidersOf(tx, schoolId, school!.key, route)) {
      await recordJob(tx, bulkMailJob, joinRequestMail(decider, facts, decider.url));
    }
    return { ok: true, outcome };
  });
}

/** Who the route names, each with the page where they decide (one mail per person). */
async function decidersOf(tx: Tx, schoolId: string, key: string, route: JoinRoute): Promise<(MailRecipient & { url: string })[]> {
  const origin = readEnv().ORIGIN;
  const person = { email: people.email, name: people.name, locale: people.locale };
  if (route.to === 'coordinators') {
    const rows = await tx.select(person).from(schoolStaff).innerJoin(people, eq(people.id, schoolStaff.personId))
      .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.access, 'coordinator')));
    return rows.map((r) => ({ ...r, url: `${origin}/school/${key}/team` }));
  }
  if (route.to === 'facilitators') {
    const rows = await tx.select({ ...person, slug: organisations.slug }).from(organisationRoles)
      .innerJoin(people, eq(people.id, organisationRoles.personId))
      .innerJoin(organisations, eq(organisations.id, organisationRoles.organisationId))
      .where(and(inArray(organisationRoles.organisationId, route.organisationIds), eq(organisationRoles.role, 'facilitator')))
      .orderBy(organisations.slug);
    const once = new Map(rows.map((r) => [r.email, r] as const).reverse());
    return [...once.values()].map(({ slug, ...r }) => ({ ...r, url: `${origin}/werkruimte/${slug}/aansluitingen` }));
  }
  const rows = await tx.select(person).from(people).where(eq(people.isPlatformAdmin, true));
  return rows.map((r) => ({ ...r, url: `${origin}/beheer/aansluitingen` }));
}

export type JoinDecisionResult = { ok: true; decision: 'approve' | 'decline' } | { ok: false; reason: 'not-found' };

export const joinDecisionFailures = {
  'not-found': { status: 404, key: 'joinRequestNotFound' }
} satisfies FailureMap<JoinDecisionResult>;

/**
 * Decides a waiting request from an inbox. The request must still wait and its school still be
 * routed to this inbox (a school that gained a coordinator is decided by the coordinator), checked
 * in SQL under a row lock, so a forged id or a second decider changes nothing.
 */
export async function decideJoinRequest(inbox: JoinInbox, { requestId, decision }: JoinDecision, deciderId: string): Promise<JoinDecisionResult> {
  return transactionWithJobs(async (tx) => {
    const [request] = await tx
      .select({ id: schoolJoinRequests.id, schoolId: schools.id, personId: schoolJoinRequests.personId, access: schoolJoinRequests.access,
        schoolRole: schoolJoinRequests.schoolRole, schoolName: schools.name, key: schools.institutionNumber })
      .from(schoolJoinRequests)
      .innerJoin(schools, eq(schools.id, schoolJoinRequests.schoolId))
      .where(and(eq(schoolJoinRequests.id, requestId), eq(schoolJoinRequests.status, 'pending'), routedTo(inbox, joinRoutingYears())))
      .for('update', { of: schoolJoinRequests });
    if (!request) return { ok: false, reason: 'not-found' } as const;
    if (decision === 'approve') {
      await tx.insert(schoolStaff).values({ personId: request.personId, schoolId: request.schoolId, access: request.access, schoolRole: request.schoolRole })
        .onConflictDoUpdate({
          target: [schoolStaff.personId, schoolStaff.schoolId],
          // Approving never lowers what someone already holds: a coordinator asking as staff stays coordinator.
          set: { schoolRole: request.schoolRole, access: request.access === 'coordinator' ? 'coordinator' : sql`${schoolStaff.access}` }
        });
    }
    await tx.update(schoolJoinRequests).set({ status: decision === 'approve' ? 'approved' : 'declined', decidedBy: deciderId, decidedAt: new Date() })
      .where(eq(schoolJoinRequests.id, request.id));
    const [applicant] = await tx.select({ email: people.email, name: people.name, locale: people.locale }).from(people).where(eq(people.id, request.personId));
    if (applicant) await recordJob(tx, urgentMailJob, joinDecisionMail(applicant, request.schoolName, decision === 'approve', `${readEnv().ORIGIN}/school/${request.key}`));
    return { ok: true, decision } as const;
  });
}

/** The `run` of every inbox's decide action: the inbox and the decider come from its guard. */
export const decideFromInbox = ({ access, input }: { access: { inbox: JoinInbox; actor: { personId: string } }; input: JoinDecision }) =>
  decideJoinRequest(access.inbox, input, access.actor.personId);

export type MailDomainResult = { ok: true } | { ok: false; reason: 'not-own-domain' | 'exists' };

export const mailDomainFailures = {
  'not-own-domain': { status: 403, field: 'domain', key: 'mailDomainNotOwn' },
  exists: { status: 409, field: 'domain', key: 'mailDomainExists' }
} satisfies FailureMap<MailDomainResult>;

/**
 * A coordinator vouches for the domain of their own address (they hold one there), never for a
 * domain anyone can get an address at (the schema refuses those).
 */
export async function addMailDomain(schoolId: AuthorizedSchoolId, domain: string, coordinator: { personId: string; email: string }): Promise<MailDomainResult> {
  if (mailDomainOf(coordinator.email) !== domain) return { ok: false, reason: 'not-own-domain' };
  const [row] = await db().insert(schoolMailDomains).values({ schoolId, domain, addedBy: coordinator.personId }).onConflictDoNothing()
    .returning({ domain: schoolMailDomains.domain });
  return row ? { ok: true } : { ok: false, reason: 'exists' };
}

export async function removeMailDomain(schoolId: AuthorizedSchoolId, domain: string): Promise<{ ok: true }> {
  await db().delete(schoolMailDomains).where(and(eq(schoolMailDomains.schoolId, schoolId), eq(schoolMailDomains.domain, domain)));
  return { ok: true };
}
