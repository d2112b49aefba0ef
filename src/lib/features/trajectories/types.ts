// The handles of coached trajectories (ADR 020, ADR 039), minted only in access.server.ts.
import type { AuthorizedOrgId, AuthorizedSchoolId, Handle } from '$lib/server/tenancy';

/** An organisation's offers and their applications, for its facilitators. */
export type ManagedOffers = Handle<'managed-offers'> & { organisationId: AuthorizedOrgId };

/** A school's coordinator applying for one published offer. */
export type OfferApplicant = Handle<'offer-applicant'> & { offerId: string; schoolId: AuthorizedSchoolId; personId: string };

/** A trajectory the actor may see: its workgroup, its coach, the organisation's facilitators. */
export type VisibleTrajectory = Handle<'visible-trajectory'>;

/** A trajectory the actor coaches: they record its intake and keep its logbook, private entries included. */
export type CoachedTrajectory = Handle<'coached-trajectory'>;

/** The incident method's steps, kept with an intervision entry of the logbook. */
export interface IntervisionScaffold { incident: string; questions: string; analysis: string; advice: string; takeaway: string }

/** A trajectory whose action plan the actor builds: its coach or a workgroup member (who updates only their own actions). */
export type PlanEditor = Handle<'plan-editor'> & { personId: string; isCoach: boolean };
