// The library's shared types and handles (ADR 020), minted only by `access.server.ts`.
import type { Handle } from '$lib/server/tenancy';

export interface ExampleContact { name: string; email: string | null; role: string | null }

/** An example its organisation's facilitator may edit, publish or take offline. */
export type ManagedExample = Handle<'managed-example'>;
