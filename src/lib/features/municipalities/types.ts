// What the platform admin's municipality pages act on (ADR 020, 030).
import type { Handle } from '$lib/server/tenancy';

/** A municipality a platform admin keeps: minted by requireAdministeredMunicipality only. */
export type AdministeredMunicipality = Handle<'administered-municipality'>;
