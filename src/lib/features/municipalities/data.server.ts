// Reads of municipalities (ADR 030): what the registration form offers, who is an officer, and the
// pairs of one activity for its organiser.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { schools } from '../schools/tables.server';
import type { ManagedActivity } from '../activities/types';
import type { AdministeredMunicipality } from './types';
import { pairRoleOf } from './policy';
import type { PairMember, PairOption } from './rules';
import { municipalities, municipalityOfficers, registrationPairSchools, registrationPairs } from './tables.server';

/** A school belongs to a municipality by the municipality's name and country, as the register writes it. */
const schoolOfMunicipality = and(
  sql`lower(${schools.municipality}) = lower(${municipalities.name})`,
  eq(schools.country, municipalities.country)
);

/** Every municipality with its schools: public facts (names from the register), offered on a registration form. */
export async function listPairOptions(): Promise<PairOption[]> {
  const rows = await db().select({
    id: municipalities.id, name: municipalities.name, country: municipalities.country, invoiceName: municipalities.invoiceName,
    invoiceNumber: municipalities.invoiceNumber, invoiceEmail: municipalities.invoiceEmail, schoolId: schools.id, schoolName: schools.name
  }).from(municipalities).leftJoin(schools, schoolOfMunicipality).orderBy(asc(municipalities.invoiceName), asc(schools.name));
  const options = new Map<string, PairOption>();
  for (const { schoolId, schoolName, ...m } of rows) {
    const option = options.get(m.id) ?? { ...m, schools: [] };
    if (schoolId && schoolName) option.schools.push({ id: schoolId, name: schoolName });
    options.set(m.id, option);
  }
  return [...options.values()];
}

/** The municipalities a person is an officer of, with the portfolio there. */
export async function officerMunicipalitiesOf(personId: string): Promise<{ municipalityId: string; portfolio: string }[]> {
  return db().select({ municipalityId: municipalityOfficers.municipalityId, portfolio: municipalityOfficers.portfolio })
    .from(municipalityOfficers).where(eq(municipalityOfficers.personId, personId));
}

/** The pair of one registration as form values (`pairMunicipality`, `pairSchool_<id>`), to pre-fill a change. */
export async function findPairValues(registrationId: string): Promise<Record<string, string>> {
  const [pair] = await db().select({ municipalityId: registrationPairs.municipalityId }).from(registrationPairs)
    .where(eq(registrationPairs.registrationId, registrationId));
  if (!pair) return {};
  const chosen = await db().select({ schoolId: registrationPairSchools.schoolId }).from(registrationPairSchools)
    .where(eq(registrationPairSchools.registrationId, registrationId));
  return { pairMunicipality: pair.municipalityId, ...Object.fromEntries(chosen.map((c) => [`pairSchool_${c.schoolId}`, 'on'])) };
}

export type ActivityPair = PairMember & { municipalityId: string; municipality: string; country: 'BE' | 'NL' };

/**
 * The pairs of one activity's registrations, read in the organiser's snapshot `tx`: per registration
 * its municipality, whether its person is that municipality's officer, and the schools it names.
 */
export async function readActivityPairs(tx: Tx, activity: ManagedActivity): Promise<ActivityPair[]> {
  const activityId = activity.id;
  const rows = await tx.select({
    registrationId: registrations.id, name: people.name, municipalityId: municipalities.id,
    municipality: municipalities.invoiceName, country: municipalities.country, portfolio: municipalityOfficers.portfolio
  }).from(registrationPairs)
    .innerJoin(registrations, eq(registrations.id, registrationPairs.registrationId))
    .innerJoin(people, eq(people.id, registrations.personId))
    .innerJoin(municipalities, eq(municipalities.id, registrationPairs.municipalityId))
    .leftJoin(municipalityOfficers, and(eq(municipalityOfficers.municipalityId, municipalities.id), eq(municipalityOfficers.personId, registrations.personId)))
    .where(eq(registrations.activityId, activityId));
  if (rows.length === 0) return [];
  const named = await tx.select({ registrationId: registrationPairSchools.registrationId, name: schools.name }).from(registrationPairSchools)
    .innerJoin(schools, eq(schools.id, registrationPairSchools.schoolId))
    .where(inArray(registrationPairSchools.registrationId, rows.map((r) => r.registrationId))).orderBy(asc(schools.name));
  return rows.map(({ portfolio, ...r }) => {
    const role = pairRoleOf(portfolio === null ? [] : [r.municipalityId], r.municipalityId);
    return { ...r, role, portfolio, schools: named.filter((n) => n.registrationId === r.registrationId).map((n) => n.name) };
  });
}

/** Every municipality for the platform admin's list, with its number of officers. */
export async function listMunicipalitiesForAdmin() {
  return db().select({
    id: municipalities.id, name: municipalities.name, country: municipalities.country, invoiceName: municipalities.invoiceName,
    invoiceNumber: municipalities.invoiceNumber, officers: db().$count(municipalityOfficers, eq(municipalityOfficers.municipalityId, municipalities.id))
  }).from(municipalities).orderBy(asc(municipalities.invoiceName));
}

/** The lookup requireAdministeredMunicipality decides with. */
export async function findMunicipalityForAdmin(id: string): Promise<{ id: string } | null> {
  const [row] = await db().select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, id));
  return row ?? null;
}

/** The municipality page: its details and its officers with their portfolio. */
export async function loadMunicipality(municipality: AdministeredMunicipality) {
  const [details] = await db().select({
    id: municipalities.id, name: municipalities.name, country: municipalities.country, invoiceName: municipalities.invoiceName,
    invoiceNumber: municipalities.invoiceNumber, invoiceEmail: municipalities.invoiceEmail
  }).from(municipalities).where(eq(municipalities.id, municipality.id));
  if (!details) throw new Error(`municipality ${municipality.id} vanished after its guard`);
  const officers = await db().select({ personId: people.id, name: people.name, email: people.email, portfolio: municipalityOfficers.portfolio })
    .from(municipalityOfficers).innerJoin(people, eq(people.id, municipalityOfficers.personId))
    .where(eq(municipalityOfficers.municipalityId, municipality.id)).orderBy(asc(people.name));
  return { municipality: details, officers };
}
