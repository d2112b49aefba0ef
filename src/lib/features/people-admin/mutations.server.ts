import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import { loginTokens, people, sessions } from '../people/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { urgentMailJob } from '../mail/jobs.server';
import { coordinatorGrantedMail, coordinatorRevokedMail } from './emails/coordinator-mails';
import type { GrantCoordinator, RevokeCoordinator } from './schema';
import type { AdministeredPerson } from './types';

async function recipientOf(tx: Tx, personId: string) {
  const [row] = await tx.select({ email: people.email, name: people.name, locale: people.locale, deactivatedAt: people.deactivatedAt })
    .from(people).where(eq(people.id, personId)).for('update');
  if (!row) throw new Error(`person ${personId} vanished after its guard`);
  return row;
}

export type GrantCoordinatorResult = { ok: true; schoolName: string } | { ok: false; reason: 'school-not-found' | 'already-coordinator' | 'deactivated' };

export const grantCoordinatorFailures = {
  'school-not-found': { status: 404, field: 'school', key: 'coordinatorSchoolUnknown' },
  'already-coordinator': { status: 409, field: 'school', key: 'coordinatorAlready' },
  deactivated: { status: 409, key: 'personDeactivated' }
} satisfies FailureMap<GrantCoordinatorResult>;

/**
 * Makes the person a coordinator of the school: a staff member is promoted, anyone else joins the
 * team as coordinator. The notice is mailed in the same transaction (ADR 022).
 */
export async function grantCoordinator(person: AdministeredPerson, input: GrantCoordinator): Promise<GrantCoordinatorResult> {
  return transactionWithJobs(async (tx) => {
    const recipient = await recipientOf(tx, person.id);
    if (recipient.deactivatedAt) return { ok: false, reason: 'deactivated' } as const;
    const [school] = await tx.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.institutionNumber, input.school));
    if (!school) return { ok: false, reason: 'school-not-found' } as const;
    const [granted] = await tx.insert(schoolStaff)
      .values({ personId: person.id, schoolId: school.id, access: 'coordinator', schoolRole: input.schoolRole })
      .onConflictDoUpdate({ target: [schoolStaff.personId, schoolStaff.schoolId], set: { access: 'coordinator' }, setWhere: ne(schoolStaff.access, 'coordinator') })
      .returning({ personId: schoolStaff.personId });
    if (!granted) return { ok: false, reason: 'already-coordinator' } as const;
    await recordJob(tx, urgentMailJob, coordinatorGrantedMail(recipient, school.name, `${readEnv().ORIGIN}/school/${input.school}`));
    return { ok: true, schoolName: school.name } as const;
  });
}

export type RevokeCoordinatorResult = { ok: true; schoolName: string } | { ok: false; reason: 'not-coordinator' | 'last-coordinator' };

export const revokeCoordinatorFailures = {
  'not-coordinator': { status: 404, key: 'coordinatorNotFound' },
  // A warning the admin may confirm (the box on the page): a 422 with the reason in Dutch.
  'last-coordinator': { warnings: { confirmLastCoordinator: 'coordinatorLastRevoke' } }
} satisfies FailureMap<RevokeCoordinatorResult>;

/**
 * The person stays in the team as staff. Revoking a school's last coordinator leaves nobody to
 * invite colleagues or decide requests to join (those go to the facilitators or to us then), so it
 * needs the explicit confirmation. The coordinator rows are locked: two revocations at once
 * cannot both see another coordinator left.
 */
export async function revokeCoordinator(person: AdministeredPerson, input: RevokeCoordinator): Promise<RevokeCoordinatorResult> {
  return transactionWithJobs(async (tx) => {
    const recipient = await recipientOf(tx, person.id);
    const coordinators = await tx.select({ personId: schoolStaff.personId }).from(schoolStaff)
      .where(and(eq(schoolStaff.schoolId, input.schoolId), eq(schoolStaff.access, 'coordinator'))).for('update');
    if (!coordinators.some((c) => c.personId === person.id)) return { ok: false, reason: 'not-coordinator' } as const;
    if (coordinators.length === 1 && !input.confirmLastCoordinator) return { ok: false, reason: 'last-coordinator' } as const;
    await tx.update(schoolStaff).set({ access: 'staff' }).where(and(eq(schoolStaff.schoolId, input.schoolId), eq(schoolStaff.personId, person.id)));
    const [school] = await tx.select({ name: schools.name }).from(schools).where(eq(schools.id, input.schoolId));
    await recordJob(tx, urgentMailJob, coordinatorRevokedMail(recipient, school?.name ?? ''));
    return { ok: true, schoolName: school?.name ?? '' } as const;
  });
}

export type DeactivateResult = { ok: true } | { ok: false; reason: 'own-account' };

export const deactivateFailures = {
  'own-account': { status: 403, key: 'deactivateOwnAccount' }
} satisfies FailureMap<DeactivateResult>;

/**
 * Deactivates the account at once: its sessions and unused sign-in links are deleted in the same
 * transaction, so its next request is signed out; no way of signing in works until reactivated.
 * Again on a deactivated account it changes nothing.
 */
export async function deactivatePerson(person: AdministeredPerson, adminId: string): Promise<DeactivateResult> {
  if (person.id === adminId) return { ok: false, reason: 'own-account' };
  await db().transaction(async (tx) => {
    await tx.update(people).set({ deactivatedAt: sql`now()` }).where(and(eq(people.id, person.id), isNull(people.deactivatedAt)));
    await tx.delete(sessions).where(eq(sessions.personId, person.id));
    await tx.delete(loginTokens).where(eq(loginTokens.personId, person.id));
  });
  return { ok: true };
}

export type ReactivateResult = { ok: true } | { ok: false; reason: 'not-deactivated' | 'merged' };

export const reactivateFailures = {
  'not-deactivated': { status: 409, key: 'reactivateNotDeactivated' },
  merged: { status: 409, key: 'reactivateMerged' }
} satisfies FailureMap<ReactivateResult>;

/** Undoes a deactivation; an account merged into another stays closed (its data moved on). */
export async function reactivatePerson(person: AdministeredPerson): Promise<ReactivateResult> {
  const [row] = await db().select({ deactivatedAt: people.deactivatedAt, mergedInto: people.mergedInto }).from(people).where(eq(people.id, person.id));
  if (row?.mergedInto) return { ok: false, reason: 'merged' };
  const [done] = await db().update(people).set({ deactivatedAt: null })
    .where(and(eq(people.id, person.id), isNotNull(people.deactivatedAt), isNull(people.mergedInto))).returning({ id: people.id });
  return done ? { ok: true } : { ok: false, reason: 'not-deactivated' };
}
