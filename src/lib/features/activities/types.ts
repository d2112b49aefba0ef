// The handles of an activity (ADR 020): minted only in `access.server.ts` after the activity
// policy said yes, received by the data and mutation functions that read or change what only its
// audience or its organiser may see. Here, not in the access module, so those functions can name
// them without importing the module that calls them.
import type { AuthorizedOrgId, Handle } from '$lib/server/tenancy';

/** An activity the actor may see (its audience, its organisation, or someone still holding a registration). */
export type VisibleActivity = Handle<'visible-activity'>;

/** An activity the actor may register for: signed in and in its audience (or its organisation). */
export type RegistrableActivity = Handle<'registrable-activity'>;

/**
 * An activity its organisation's facilitator may manage. It names the organisation too, so the
 * organiser's writes still scope by it in SQL: a second belt beside the handle.
 */
export type ManagedActivity = Handle<'managed-activity'> & { readonly organisationId: AuthorizedOrgId };

/** Any of them: reads that whoever may see the activity may make (the organiser sees it too). */
export type ActivityHandle = VisibleActivity | RegistrableActivity | ManagedActivity;
