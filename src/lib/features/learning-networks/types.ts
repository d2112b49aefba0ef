// The handles of a cohort (ADR 020), minted only by `access.server.ts`; the data and mutations take
// them, so a plain learning network id from a form or URL does not type-check.
import type { Handle } from '$lib/server/tenancy';

/** A cohort its organisation's facilitator may change (members, meeting plan). */
export type ManagedCohort = Handle<'managed-cohort'>;
/** A cohort a facilitator or coach of its organisation may follow (read). */
export type FollowedCohort = Handle<'followed-cohort'>;
/** A cohort of a public network, for the public API: only what anyone may read of it. */
export type PublicCohort = Handle<'public-cohort'>;
/** What the organisation's reads of a cohort take: managing includes following. */
export type WorkspaceCohort = ManagedCohort | FollowedCohort;
/** The member list is public for a public network, so its read also takes the public handle. */
export type CohortView = WorkspaceCohort | PublicCohort;
/** Reminders and invitations run without a request: minted only by `cohortForJob`. */
export type JobCohort = Handle<'job-cohort'>;
