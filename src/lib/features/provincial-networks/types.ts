// The handle of a study day's programme (ADR 020, ADR 052), minted only by `access.server.ts`.
import type { Handle } from '$lib/server/tenancy';

/** A study day its organisation's facilitator may give sessions of to networks. */
export type ManagedStudyDay = Handle<'managed-study-day'>;

export interface NetworkContact { id: string; name: string; role: string | null; email: string | null }
