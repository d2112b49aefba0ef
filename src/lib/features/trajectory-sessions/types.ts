// The handles of trajectory sessions (ADR 020, ADR 050), minted only in access.server.ts.
import type { AuthorizedOrgId, Handle } from '$lib/server/tenancy';

/** A trajectory whose sessions the actor plans: its own coach (propose dates, pick one). */
export type SessionPlanner = Handle<'session-planner'> & { personId: string };

/** A workgroup member answering a trajectory's date polls; `id` is the trajectory. */
export type SessionVoter = Handle<'session-voter'> & { personId: string };

/**
 * A logbook entry of kind observatie whose form the actor fills: the trajectory's coach, or the
 * workgroup member the form names as the observed teacher; `id` is the entry.
 */
export type ObservationEditor = Handle<'observation-editor'> & { trajectoryId: string; personId: string; isCoach: boolean };

/** An offer whose cross-school learning network the actor creates: a facilitator of its organisation; `id` is the offer. */
export type NetworkFounder = Handle<'network-founder'> & { organisationId: AuthorizedOrgId; personId: string };
