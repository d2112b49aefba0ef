import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { schools, schoolStaff } from './tables.server';
import { people } from '../people/tables.server';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';

const directoryColumns = {
  id: schools.id,
  institutionNumber: schools.institutionNumber,
  name: schools.name,
  street: schools.street,
  postalCode: schools.postalCode,
  municipality: schools.municipality,
  province: schools.province,
  level: schools.level,
  educationNetwork: schools.educationNetwork
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Directory search by name, instellingsnummer or municipality (case-insensitive, substring). */
export async function searchSchools(query: string, limit = 50) {
  const q = query.trim();
  const pattern = `%${escapeLike(q)}%`;
  const where = q === ''
    ? undefined
    : or(ilike(schools.name, pattern), ilike(schools.municipality, pattern), ilike(schools.institutionNumber, pattern));
  return db().select(directoryColumns).from(schools).where(where).orderBy(asc(schools.name)).limit(limit);
}

export async function findSchoolByInstitutionNumber(institutionNumber: string) {
  const [row] = await db()
    .select({ ...directoryColumns, description: schools.description, website: schools.website })
    .from(schools)
    .where(eq(schools.institutionNumber, institutionNumber));
  return row ?? null;
}

/** Used before insert to give the precise reason a new school is a duplicate. */
export async function findSchoolByNameAndMunicipality(name: string, municipality: string) {
  const [row] = await db()
    .select({ id: schools.id })
    .from(schools)
    .where(and(sql`lower(${schools.name}) = lower(${name})`, sql`lower(${schools.municipality}) = lower(${municipality})`));
  return row ?? null;
}

export async function listSchoolStaff(schoolId: AuthorizedSchoolId) {
  return db()
    .select({ personId: people.id, name: people.name, email: people.email, access: schoolStaff.access, schoolRole: schoolStaff.schoolRole })
    .from(schoolStaff)
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(eq(schoolStaff.schoolId, schoolId))
    .orderBy(asc(people.name));
}
