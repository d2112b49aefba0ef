import { TransactionRollbackError, and, eq, ne, sql } from 'drizzle-orm';
import { messagesFor } from '$lib/i18n/messages';
import { db } from '$lib/server/db/client';
import { schools, schoolStaff } from './tables.server';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import { urgentMailJob } from '../mail/jobs.server';
import { findOrCreatePerson, invitationMail, invitationMinutes, issueLoginToken, loginLinkUrl } from '../people/mutations.server';
import type { SchoolInput, SchoolProfile, StaffInvite } from './schema';

export type CreateSchoolResult =
  | { ok: true; id: string; institutionNumber: string }
  | { ok: false; reason: 'duplicate-number' | 'duplicate-name' };

export const createSchoolFailures = {
  'duplicate-number': { status: 409, field: 'institutionNumber', key: 'schoolDuplicate' },
  'duplicate-name': { status: 409, field: 'name', key: 'schoolDuplicateName' }
} satisfies FailureMap<CreateSchoolResult>;

/** The unique indexes decide, so two facilitators adding the same school at once get one row. */
export async function createSchool(input: SchoolInput): Promise<CreateSchoolResult> {
  const [row] = await db().insert(schools).values(input).onConflictDoNothing().returning({ id: schools.id });
  if (row) return { ok: true, id: row.id, institutionNumber: input.institutionNumber };
  const [sameNumber] = await db().select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber));
  return { ok: false, reason: sameNumber ? 'duplicate-number' : 'duplicate-name' };
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
  const invited = await transactionWithJobs(async (tx) => {
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
  });
  return invited ? { ok: true } : { ok: false, reason: 'already-in-team' };
}

/** Removes a team member, but never the school's last coordinator (the school would be orphaned). */
export async function removeStaffMember(schoolId: AuthorizedSchoolId, personId: string): Promise<{ ok: true } | { ok: false; reason: 'last-coordinator' }> {
  return db().transaction(async (tx) => {
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
