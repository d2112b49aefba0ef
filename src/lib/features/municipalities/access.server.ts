// The platform admin's municipality pages (ADR 020, 030): the policy decides, this mints the
// handle of the municipality being kept. An id that is no municipality is a 404.
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { findMunicipalityForAdmin } from './data.server';
import { canAdministerMunicipalities } from './policy';
import type { AdministeredMunicipality } from './types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireMunicipalityAdmin(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canAdministerMunicipalities(actor)) forbidden(event.locals);
  return { actor };
}

export async function requireAdministeredMunicipality(event: GuardEvent, municipalityId: string) {
  const { actor } = requireMunicipalityAdmin(event);
  const found = uuidPattern.test(municipalityId) ? await findMunicipalityForAdmin(municipalityId) : null;
  if (!found) notFound(event.locals);
  return { actor, municipality: grant('administered-municipality', found.id) as AdministeredMunicipality };
}
