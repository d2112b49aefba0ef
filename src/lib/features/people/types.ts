// Who is asking: loaded once per request from the session and handed to every policy.
import type { Handle } from '$lib/server/tenancy';

export type OrganisationRole = 'facilitator' | 'coach';
export type SchoolAccess = 'coordinator' | 'staff';

export interface Actor {
  personId: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  organisations: { organisationId: string; slug: string; name: string; roles: OrganisationRole[] }[];
  schools: { schoolId: string; institutionNumber: string; name: string; access: SchoolAccess }[];
  /** The networks she moderates: a facilitator role scoped to one network (ADR 052). */
  moderates?: { networkId: string; organisationId: string; organisationSlug?: string; networkName?: string }[];
}

/** Whether the actor moderates this network (a facilitator role scoped to it, ADR 052). */
export function moderatesNetwork(actor: Actor | null, networkId: string | null | undefined): boolean {
  return !!networkId && !!actor?.moderates?.some((m) => m.networkId === networkId);
}

/** The networks of one organisation the actor moderates. */
export function moderatedNetworksIn(actor: Actor | null, organisationId: string): string[] {
  return (actor?.moderates ?? []).filter((m) => m.organisationId === organisationId).map((m) => m.networkId);
}

export function hasOrganisationRole(actor: Actor | null, organisationId: string, role: OrganisationRole): boolean {
  return !!actor?.organisations.some((o) => o.organisationId === organisationId && o.roles.includes(role));
}

export function schoolAccessOf(actor: Actor | null, schoolId: string): SchoolAccess | null {
  return actor?.schools.find((s) => s.schoolId === schoolId)?.access ?? null;
}

/** The signed-in person's own account: its name, password, calendar feed and personal lists. */
export type OwnAccount = Handle<'own-account'>;
