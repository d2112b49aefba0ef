import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashSecret } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db/client';
import { people, sessions } from './tables.server';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { networks } from '../networks/tables.server';
import { networkModerators } from '../provincial-networks/tables.server';
import type { Actor, OrganisationRole } from './types';

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function findActorBySession(sessionSecret: string): Promise<Actor | null> {
  const [row] = await db()
    .select({ id: people.id, email: people.email, name: people.name, isPlatformAdmin: people.isPlatformAdmin })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    // A deactivated account's sessions are deleted with it; this also refuses one that slipped in.
    .where(and(eq(sessions.idHash, hashSecret(sessionSecret)), gt(sessions.expiresAt, new Date()), isNull(people.deactivatedAt)));
  if (!row) return null;
  return loadActor(row);
}

async function loadActor(person: { id: string; email: string; name: string; isPlatformAdmin: boolean }): Promise<Actor> {
  const [orgRows, schoolRows, moderates] = await Promise.all([
    db()
      .select({ organisationId: organisations.id, slug: organisations.slug, name: organisations.name, role: organisationRoles.role })
      .from(organisationRoles)
      .innerJoin(organisations, eq(organisations.id, organisationRoles.organisationId))
      .where(eq(organisationRoles.personId, person.id))
      .orderBy(organisations.name),
    db()
      .select({ schoolId: schools.id, institutionNumber: schools.institutionNumber, name: schools.name, access: schoolStaff.access })
      .from(schoolStaff)
      .innerJoin(schools, eq(schools.id, schoolStaff.schoolId))
      .where(eq(schoolStaff.personId, person.id))
      .orderBy(schools.name),
    db()
      .select({ networkId: networkModerators.networkId, organisationId: networks.organisationId, organisationSlug: organisations.slug, networkName: networks.name })
      .from(networkModerators)
      .innerJoin(networks, eq(networks.id, networkModerators.networkId))
      .innerJoin(organisations, eq(organisations.id, networks.organisationId))
      .where(eq(networkModerators.personId, person.id))
  ]);
  const byOrg = new Map<string, Actor['organisations'][number]>();
  for (const row of orgRows) {
    const entry = byOrg.get(row.organisationId) ?? { organisationId: row.organisationId, slug: row.slug, name: row.name, roles: [] as OrganisationRole[] };
    entry.roles.push(row.role);
    byOrg.set(row.organisationId, entry);
  }
  return {
    personId: person.id,
    email: person.email,
    name: person.name,
    isPlatformAdmin: person.isPlatformAdmin,
    organisations: [...byOrg.values()],
    schools: schoolRows,
    moderates
  };
}
