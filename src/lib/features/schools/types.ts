// Handles of the joining side (ADR 020, 025): only schools/access.server.ts mints them.
import type { AuthorizedOrgId, AuthorizedSchoolId, Handle } from '$lib/server/tenancy';

/** A signed-in person asking to join a school: the handle's id is the person, with their own address. */
export type JoinApplicant = Handle<'join-applicant'> & { readonly schoolId: string; readonly email: string; readonly name: string };

/**
 * Whose requests to join an actor may decide: one school's (its coordinators), an organisation's
 * (its facilitators, for schools without coordinator in its networks) or the platform's (its
 * admins, for schools nobody else answers for). The mutation checks the request's route in SQL.
 */
export type JoinInbox =
  | { readonly kind: 'school'; readonly schoolId: AuthorizedSchoolId; readonly schoolKey: string }
  | { readonly kind: 'organisation'; readonly organisationId: AuthorizedOrgId; readonly slug: string }
  | { readonly kind: 'platform'; readonly admin: Handle<'platform-join-inbox'> };
