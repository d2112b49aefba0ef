// Merging two accounts of one person (ADR 032): every row that refers to the merged-away account
// moves to the kept one in one transaction, duplicates are resolved without losing what only one
// of them had, and the merged-away account is closed. `mergeSteps` names every foreign key to
// people; merge.db.test.ts reads them from the database catalogue and fails on one missing here.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { transactionWithJobs } from '$lib/server/jobs/queue';
import { people } from '../people/tables.server';
import { registrationExtras, registrations } from '../registrations/tables.server';
import { activities } from '../activities/tables.server';
import { handOverMergedSeat } from '../registrations/mutations.server';
import { recordPromotion } from '../registrations/jobs.server';
import { accountMerges } from './tables.server';
import type { AdministeredPerson } from '../people-admin/types';

type Counts = { moved: number; dropped: number };
type Step = (tx: Tx, kept: string, merged: string) => Promise<Counts>;

async function affected(tx: Tx, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await tx.execute(query)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/** A plain reference: it simply points at the kept account now. */
function move(table: string, column: string): Step {
  return async (tx, kept, merged) => ({
    moved: await affected(tx, sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${kept} where ${sql.identifier(column)} = ${merged} returning 1`),
    dropped: 0
  });
}

/**
 * A reference that is part of a unique key with `others` (one role per organisation, one vote per
 * option): moved where the kept account has no such row yet; where it has, the kept row stays and
 * the merged one is dropped (the same fact twice). `pending` narrows the key to open rows (a
 * partial unique index: one open request to join a school per person).
 */
function moveUnique(table: string, column: string, others: string[], pending = false): Step {
  return async (tx, kept, merged) => {
    const t = sql.identifier(table);
    const c = sql.identifier(column);
    const same = sql.join([sql`k.${c} = ${kept}`, ...others.map((o) => sql`k.${sql.identifier(o)} = ${t}.${sql.identifier(o)}`),
      ...(pending ? [sql`k.status = 'pending'`] : [])], sql` and `);
    const clashes = sql`exists (select 1 from ${t} k where ${same})`;
    const moved = await affected(tx, sql`update ${t} set ${c} = ${kept} where ${c} = ${merged}
      and not (${pending ? sql`${t}.status = 'pending' and ` : sql``}${clashes}) returning 1`);
    const dropped = await affected(tx, sql`delete from ${t} where ${c} = ${merged} returning 1`);
    return { moved, dropped };
  };
}

/** Deleted: sessions and sign-in links of the merged-away account must never sign in again. */
function drop(table: string, column: string): Step {
  return async (tx, _kept, merged) => ({ moved: 0, dropped: await affected(tx, sql`delete from ${sql.identifier(table)} where ${sql.identifier(column)} = ${merged} returning 1`) });
}

/** In a school the stronger access wins: a coordinator in either account is a coordinator after. */
const schoolStaffStep: Step = async (tx, kept, merged) => {
  await tx.execute(sql`update school_staff set access = 'coordinator' where person_id = ${kept} and access = 'staff'
    and school_id in (select school_id from school_staff where person_id = ${merged} and access = 'coordinator')`);
  return moveUnique('school_staff', 'person_id', ['school_id'])(tx, kept, merged);
};

/** Both in one workgroup: the kept account stays a member, and the ambassador if the other one was. */
const workgroupStep: Step = async (tx, kept, merged) => {
  const led = (await tx.execute(sql`select trajectory_id as id from trajectory_workgroup where person_id = ${merged} and is_ambassador`)) as unknown as { rows: { id: string }[] };
  const counts = await moveUnique('trajectory_workgroup', 'person_id', ['trajectory_id'])(tx, kept, merged);
  for (const { id } of led.rows) {
    await tx.execute(sql`update trajectory_workgroup set is_ambassador = true where person_id = ${kept} and trajectory_id = ${id}`);
  }
  return counts;
};

// attended > registered > absent hold a seat; then waiting, interest, cancelled.
const statusRank = { attended: 5, registered: 4, absent: 3, waiting: 2, interest: 1, cancelled: 0 } as const;
const seated = (status: keyof typeof statusRank) => statusRank[status] >= 3;
type RegistrationRow = typeof registrations.$inferSelect;

/**
 * Both accounts registered for one activity: the registration further along is kept (a confirmed
 * one before an unconfirmed one, then the kept account's), with the other's answers, invoice
 * details, payment and claimed extras it lacked. If both held a seat, the second seat goes to the
 * first in line (mailed) or is released, through the seat engine, so the counts stay exact.
 */
const registrationsStep: Step = async (tx, kept, merged) => {
  const mine = await tx.select().from(registrations).where(eq(registrations.personId, merged)).orderBy(asc(registrations.activityId));
  let moved = 0;
  let dropped = 0;
  for (const other of mine) {
    // The engine's lock order: the activity row first.
    await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, other.activityId)).for('update');
    const both = await tx.select().from(registrations)
      .where(and(eq(registrations.activityId, other.activityId), inArray(registrations.personId, [kept, merged]))).for('update');
    const own = both.find((r) => r.personId === kept);
    const moving = both.find((r) => r.personId === merged);
    if (!moving) continue;
    if (!own) {
      await tx.update(registrations).set({ personId: kept }).where(eq(registrations.id, moving.id));
      moved++;
      continue;
    }
    const score = (r: RegistrationRow, isKept: boolean) => statusRank[r.status] * 4 + (r.releaseAt === null ? 2 : 0) + (isKept ? 1 : 0);
    const [winner, loser] = score(own, true) >= score(moving, false) ? [own, moving] : [moving, own];
    // Claimed extras the winner lacks move with their seat; the rest of the loser's go with it.
    await tx.execute(sql`update registration_extras set registration_id = ${winner.id} where registration_id = ${loser.id} and claimed
      and extra_id not in (select extra_id from registration_extras where registration_id = ${winner.id})`);
    if (seated(loser.status) && seated(winner.status)) {
      const promoted = await handOverMergedSeat(tx, loser.activityId, loser.id);
      if (promoted) await recordPromotion(tx, promoted);
    }
    await keepPair(tx, winner.id, loser.id);
    await tx.delete(registrationExtras).where(eq(registrationExtras.registrationId, loser.id));
    await tx.delete(registrations).where(eq(registrations.id, loser.id));
    await tx.update(registrations).set({
      personId: kept,
      answers: { ...loser.answers, ...winner.answers },
      invoice: { ...loser.invoice, ...winner.invoice },
      paidAt: winner.paidAt ?? loser.paidAt,
      updatedAt: new Date()
    }).where(eq(registrations.id, winner.id));
    dropped++;
  }
  return { moved, dropped };
};

/**
 * Coming together with a municipality (ADR 030) belongs to the registration: if only the dropped
 * registration said so, the kept one says it now, with its schools, instead of losing it.
 */
async function keepPair(tx: Tx, winner: string, loser: string): Promise<void> {
  const inserted = await affected(tx, sql`insert into registration_pairs (registration_id, municipality_id)
    select ${winner}, municipality_id from registration_pairs where registration_id = ${loser} on conflict do nothing returning 1`);
  if (inserted) await tx.execute(sql`update registration_pair_schools set registration_id = ${winner} where registration_id = ${loser}`);
}

/** Every foreign key to people, as `table.column`, and what a merge does with it. */
export const mergeSteps: Record<string, Step> = {
  'sessions.person_id': drop('sessions', 'person_id'),
  'login_tokens.person_id': drop('login_tokens', 'person_id'),
  'people.merged_into': move('people', 'merged_into'),
  'organisation_roles.person_id': moveUnique('organisation_roles', 'person_id', ['organisation_id', 'role']),
  'school_staff.person_id': schoolStaffStep,
  'school_join_requests.person_id': moveUnique('school_join_requests', 'person_id', ['school_id'], true),
  'school_join_requests.decided_by': move('school_join_requests', 'decided_by'),
  'school_mail_domains.added_by': move('school_mail_domains', 'added_by'),
  'person_identities.person_id': move('person_identities', 'person_id'),
  'calendar_feeds.person_id': moveUnique('calendar_feeds', 'person_id', []),
  'learning_network_changes.person_id': move('learning_network_changes', 'person_id'),
  'participation_imports.created_by': move('participation_imports', 'created_by'),
  'municipality_officers.person_id': moveUnique('municipality_officers', 'person_id', ['municipality_id']),
  'meeting_attendees.person_id': moveUnique('meeting_attendees', 'person_id', ['meeting_id']),
  'meeting_submissions.person_id': move('meeting_submissions', 'person_id'),
  'registrations.person_id': registrationsStep,
  'registrations.registered_by': move('registrations', 'registered_by'),
  'activity_pre_meeting_votes.person_id': moveUnique('activity_pre_meeting_votes', 'person_id', ['option_id']),
  'activity_pre_meeting_questions.person_id': move('activity_pre_meeting_questions', 'person_id'),
  'activity_reactions.person_id': move('activity_reactions', 'person_id'),
  'activity_reactions.hidden_by': move('activity_reactions', 'hidden_by'),
  'activity_travel_offers.person_id': moveUnique('activity_travel_offers', 'person_id', ['activity_id']),
  'training_requests.requested_by': move('training_requests', 'requested_by'),
  'training_requests.decided_by': move('training_requests', 'decided_by'),
  'contact_replies.author_id': move('contact_replies', 'author_id'),
  'newsletter_subscription_events.person_id': move('newsletter_subscription_events', 'person_id'),
  'international_introductions.requested_by': move('international_introductions', 'requested_by'),
  'international_introductions.decided_by': move('international_introductions', 'decided_by'),
  'map_links.contact_person_id': move('map_links', 'contact_person_id'),
  'map_keepers.person_id': moveUnique('map_keepers', 'person_id', ['school_id']),
  'wegwijzer_rows.person_id': move('wegwijzer_rows', 'person_id'),
  'practice_example_revisions.edited_by': move('practice_example_revisions', 'edited_by'),
  'practice_example_attachments.uploaded_by': move('practice_example_attachments', 'uploaded_by'),
  'trajectories.applied_by': move('trajectories', 'applied_by'),
  'trajectories.coach_id': move('trajectories', 'coach_id'),
  'trajectories.decided_by': move('trajectories', 'decided_by'),
  'trajectory_workgroup.person_id': workgroupStep,
  'trajectory_intakes.recorded_by': move('trajectory_intakes', 'recorded_by'),
  'trajectory_logbook.author_id': move('trajectory_logbook', 'author_id'),
  'trajectory_actions.owner_id': move('trajectory_actions', 'owner_id'),
  'trajectory_reflections.author_id': move('trajectory_reflections', 'author_id'),
  'trajectory_evidence_files.uploaded_by': move('trajectory_evidence_files', 'uploaded_by'),
  // The communication kit's files (ADR 059).
  'communication_kit_files.uploaded_by': move('communication_kit_files', 'uploaded_by'),
  'trajectory_evaluations.author_id': move('trajectory_evaluations', 'author_id'),
  'trajectory_sessions.created_by': move('trajectory_sessions', 'created_by'),
  'trajectory_session_votes.person_id': moveUnique('trajectory_session_votes', 'person_id', ['option_id']),
  'trajectory_observations.teacher_id': move('trajectory_observations', 'teacher_id'),
  'trajectory_observations.updated_by': move('trajectory_observations', 'updated_by'),
  // Stories and testimonials (ADR 048): the kept account is their author and moderator.
  'trajectory_stories.author_id': move('trajectory_stories', 'author_id'),
  'trajectory_stories.moderated_by': move('trajectory_stories', 'moderated_by'),
  'trajectory_testimonials.author_id': move('trajectory_testimonials', 'author_id'),
  'trajectory_testimonials.moderated_by': move('trajectory_testimonials', 'moderated_by'),
  'network_moderators.person_id': moveUnique('network_moderators', 'person_id', ['network_id']),
  'network_moderators.granted_by': move('network_moderators', 'granted_by')
};

export type MergeResult =
  | { ok: true; mergeId: string; moved: Record<string, number>; dropped: Record<string, number> }
  | { ok: false; reason: 'not-found' | 'same-account' | 'already-merged' | 'kept-merged' | 'own-account' };

export const mergeFailures = {
  'not-found': { status: 404, field: 'email', key: 'mergeNotFound' },
  'same-account': { status: 400, field: 'email', key: 'mergeSameAccount' },
  'already-merged': { status: 409, field: 'email', key: 'mergeAlreadyMerged' },
  'kept-merged': { status: 409, key: 'mergeKeptMerged' },
  'own-account': { status: 403, field: 'email', key: 'mergeOwnAccount' }
} satisfies FailureMap<MergeResult>;

/**
 * Merges the account with address `mergedEmail` into the administered one, all or nothing: the references
 * move (mergeSteps), a platform admin flag carries over, the merged-away account is deactivated
 * with its password removed and points to the kept one, and the audit record says what moved.
 */
export async function mergeAccounts(keptAccount: AdministeredPerson, mergedEmail: string, adminId: string): Promise<MergeResult> {
  const keptId = keptAccount.id;
  return transactionWithJobs(async (tx) => {
    // Both rows locked, in id order: a second merge or a deactivation of either waits for this one.
    const pair = await tx.select().from(people).where(or(eq(people.id, keptId), eq(people.email, mergedEmail))).orderBy(asc(people.id)).for('update');
    const kept = pair.find((p) => p.id === keptId);
    const merged = pair.find((p) => p.email === mergedEmail);
    if (!kept || !merged) return { ok: false, reason: 'not-found' } as const;
    if (kept.id === merged.id) return { ok: false, reason: 'same-account' } as const;
    if (merged.mergedInto) return { ok: false, reason: 'already-merged' } as const;
    if (kept.mergedInto) return { ok: false, reason: 'kept-merged' } as const;
    if (merged.id === adminId) return { ok: false, reason: 'own-account' } as const;
    const moved: Record<string, number> = {};
    const dropped: Record<string, number> = {};
    for (const [key, step] of Object.entries(mergeSteps)) {
      const counts = await step(tx, kept.id, merged.id);
      if (counts.moved) moved[key] = counts.moved;
      if (counts.dropped) dropped[key] = counts.dropped;
    }
    if (merged.isPlatformAdmin && !kept.isPlatformAdmin) await tx.update(people).set({ isPlatformAdmin: true }).where(eq(people.id, kept.id));
    await tx.update(people).set({ mergedInto: kept.id, deactivatedAt: new Date(), passwordHash: null, isPlatformAdmin: false }).where(eq(people.id, merged.id));
    const [record] = await tx.insert(accountMerges).values({
      keptPersonId: kept.id, keptEmail: kept.email, mergedPersonId: merged.id, mergedEmail: merged.email, mergedBy: adminId, moved, dropped
    }).returning({ id: accountMerges.id });
    return { ok: true, mergeId: record!.id, moved, dropped } as const;
  });
}
