import { and, asc, desc, eq, ilike, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '$lib/server/db/client';
import { people } from '../people/tables.server';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { personIdentities } from '../accounts/tables.server';
import { municipalities, municipalityOfficers } from '../municipalities/tables.server';
import type { AdministeredPerson } from './types';

export const peoplePageSize = 25;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** People by a part of their name or address (case-insensitive), a page at a time, by name. */
export async function searchPeople(query: string, page: number) {
  const pattern = `%${escapeLike(query)}%`;
  const where = query === '' ? undefined : or(ilike(people.name, pattern), ilike(people.email, pattern));
  const total = await db().$count(people, where);
  const pages = Math.max(1, Math.ceil(total / peoplePageSize));
  const current = Math.min(page, pages);
  const rows = await db()
    .select({ id: people.id, name: people.name, email: people.email, isPlatformAdmin: people.isPlatformAdmin,
      deactivatedAt: people.deactivatedAt, mergedInto: people.mergedInto })
    .from(people).where(where).orderBy(asc(people.name), asc(people.email))
    .limit(peoplePageSize).offset((current - 1) * peoplePageSize);
  return { rows, total, page: current, pages };
}

/** The lookup requireAdministeredPerson decides with. */
export async function findPersonForAdmin(id: string): Promise<{ id: string } | null> {
  const [row] = await db().select({ id: people.id }).from(people).where(eq(people.id, id));
  return row ?? null;
}

const keptAccount = alias(people, 'kept_account');

/** Everything the person page shows: the account, its roles per organisation, school and municipality, its sign-in ways. */
export async function loadPersonOverview(person: AdministeredPerson) {
  const [account] = await db()
    .select({ id: people.id, name: people.name, email: people.email, isPlatformAdmin: people.isPlatformAdmin,
      hasPassword: people.passwordHash, deactivatedAt: people.deactivatedAt, createdAt: people.createdAt,
      mergedIntoId: keptAccount.id, mergedIntoEmail: keptAccount.email })
    .from(people).leftJoin(keptAccount, eq(keptAccount.id, people.mergedInto)).where(eq(people.id, person.id));
  if (!account) throw new Error(`person ${person.id} vanished after its guard`);
  const [roles, schoolRows, identities, officerRoles] = await Promise.all([
    db().select({ slug: organisations.slug, name: organisations.name, role: organisationRoles.role })
      .from(organisationRoles).innerJoin(organisations, eq(organisations.id, organisationRoles.organisationId))
      .where(eq(organisationRoles.personId, person.id)).orderBy(asc(organisations.name), asc(organisationRoles.role)),
    db().select({ schoolId: schools.id, key: schools.institutionNumber, identifierType: schools.identifierType, name: schools.name,
      access: schoolStaff.access, schoolRole: schoolStaff.schoolRole })
      .from(schoolStaff).innerJoin(schools, eq(schools.id, schoolStaff.schoolId))
      .where(eq(schoolStaff.personId, person.id)).orderBy(desc(schoolStaff.access), asc(schools.name)),
    db().select({ provider: personIdentities.provider }).from(personIdentities).where(eq(personIdentities.personId, person.id)),
    db().select({ municipalityId: municipalities.id, name: municipalities.invoiceName, country: municipalities.country, portfolio: municipalityOfficers.portfolio })
      .from(municipalityOfficers).innerJoin(municipalities, eq(municipalities.id, municipalityOfficers.municipalityId))
      .where(eq(municipalityOfficers.personId, person.id)).orderBy(asc(municipalities.invoiceName))
  ]);
  const withCoordinators = await Promise.all(schoolRows.map(async (row) => ({
    ...row,
    coordinators: await db().$count(schoolStaff, and(eq(schoolStaff.schoolId, row.schoolId), eq(schoolStaff.access, 'coordinator')))
  })));
  return { account: { ...account, hasPassword: account.hasPassword !== null }, organisationRoles: roles, schools: withCoordinators, officerRoles, identities: identities.map((i) => i.provider) };
}
