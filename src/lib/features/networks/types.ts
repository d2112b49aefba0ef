// The handles of a network (ADR 020), minted only by `access.server.ts`.
import type { Handle } from '$lib/server/tenancy';

/** A network its organisation's facilitator may change: details and memberships. */
export type ManagedNetwork = Handle<'managed-network'>;
/** A network the actor may view, with its full membership history. */
export type VisibleNetwork = Handle<'visible-network'>;
