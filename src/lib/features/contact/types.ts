// The contact feature's handles (ADR 020), minted only by `access.server.ts`.
import type { Handle } from '$lib/server/tenancy';

/** Where a public contact form posts to: an organisation, or one of its public networks. */
export interface ContactTarget {
  organisationId: string;
  organisationName: string;
  networkId: string | null;
  networkName: string | null;
  handle: Handle<'contact-target'>;
}
