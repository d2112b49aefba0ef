// The platform admin's people tools (ADR 020, 032): the policy decides, this mints the handle of
// the person being managed. An id that is no account is a 404, like any other missing page.
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { findPersonForAdmin } from './data.server';
import { canAdministerPeople } from './policy';
import type { AdministeredPerson } from './types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requirePeopleSearch(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canAdministerPeople(actor, 'find-people')) forbidden(event.locals);
  return { actor };
}

export async function requireAdministeredPerson(event: GuardEvent, personId: string) {
  const actor = requireActor(event);
  if (!canAdministerPeople(actor, 'manage-person')) forbidden(event.locals);
  const found = uuidPattern.test(personId) ? await findPersonForAdmin(personId) : null;
  if (!found) notFound(event.locals);
  return { actor, person: grant('administered-person', found.id) as AdministeredPerson };
}
