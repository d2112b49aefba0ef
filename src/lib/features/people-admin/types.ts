// What the platform admin's people tools act on (ADR 020, 032).
import type { Handle } from '$lib/server/tenancy';

/** A person a platform admin looks at and manages: minted by requireAdministeredPerson only. */
export type AdministeredPerson = Handle<'administered-person'>;
