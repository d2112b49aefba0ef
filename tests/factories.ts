// Builders for test data, shared by every test layer. Each call makes unique values.
import { randomInt } from 'node:crypto';
import type { Actor } from '../src/lib/features/people/types';
import type { SchoolInput } from '../src/lib/features/schools/schema';

let counter = 0;
const next = () => ++counter;

export function buildSchool(overrides: Partial<SchoolInput> = {}): SchoolInput {
  const n = next();
  return {
    institutionNumber: String(100000 + randomInt(0, 899999)).padStart(6, '0'),
    name: `Testschool ${n} ${randomInt(0, 1e9)}`,
    street: `Schoolstraat ${n}`,
    postalCode: '9000',
    municipality: 'Gent',
    province: 'oost-vlaanderen',
    level: 'secundair',
    educationNetwork: 'vrij-gesubsidieerd',
    ...overrides
  };
}

export function buildOrganisation(overrides: Partial<{ slug: string; name: string }> = {}) {
  const n = next();
  return {
    slug: `org-${n}-${randomInt(0, 1e9)}`,
    name: `Organisatie ${n}`,
    description: 'Een organisatie voor tests.',
    website: null,
    contactEmail: null,
    ...overrides
  };
}

export function buildActor(overrides: Partial<Actor> = {}): Actor {
  const n = next();
  return {
    personId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    email: `persoon${n}@test.example`,
    name: `Persoon ${n}`,
    isPlatformAdmin: false,
    organisations: [],
    schools: [],
    ...overrides
  };
}

export function uniqueEmail(prefix = 'persoon'): string {
  return `${prefix}.${next()}.${randomInt(0, 1e9)}@test.example`;
}

// Rows in the test file's own database (tests/db.ts), each valid on its own and unique where the
// schema wants it; pass only what the test is about. The database modules load on the first insert,
// so unit tests that only build values above do not pay for them.
const database = async () => {
  const [{ db }, schema] = await Promise.all([import('../src/lib/server/db/client'), import('../src/lib/server/db/schema')]);
  return { db: db(), schema };
};

type Row<T extends keyof Tables> = Tables[T]['$inferInsert'];
type Tables = typeof import('../src/lib/server/db/schema');

export async function insertOrganisation(overrides: Partial<Row<'organisations'>> = {}): Promise<{ id: string; slug: string; name: string }> {
  const { db, schema: { organisations } } = await database();
  const [row] = await db.insert(organisations).values({ ...buildOrganisation(), ...overrides })
    .returning({ id: organisations.id, slug: organisations.slug, name: organisations.name });
  return row!;
}

export async function insertSchool(overrides: Partial<SchoolInput> = {}): Promise<{ id: string; institutionNumber: string; name: string }> {
  const { db, schema: { schools } } = await database();
  const [row] = await db.insert(schools).values(buildSchool(overrides))
    .returning({ id: schools.id, institutionNumber: schools.institutionNumber, name: schools.name });
  return row!;
}

export async function insertPerson(overrides: Partial<Row<'people'>> = {}): Promise<{ id: string; email: string; name: string }> {
  const { db, schema: { people } } = await database();
  const n = next();
  const [row] = await db.insert(people).values({ email: uniqueEmail(), name: `Persoon ${n}`, ...overrides })
    .returning({ id: people.id, email: people.email, name: people.name });
  return row!;
}

/** A public training of one day in 2031 with 10 seats, open for registration until a week before. */
export async function insertActivity(organisationId: string, overrides: Partial<Row<'activities'>> = {}): Promise<{ id: string; slug: string }> {
  const { db, schema: { activities } } = await database();
  const n = next();
  const [row] = await db.insert(activities).values({
    organisationId, slug: `activiteit-${n}-${randomInt(0, 1e9)}`, kind: 'vorming', title: `Vorming ${n}`, capacity: 10,
    startsAt: new Date('2031-03-10T12:30:00Z'), endsAt: new Date('2031-03-10T15:30:00Z'), registrationDeadline: new Date('2031-03-03T22:59:00Z'),
    ...overrides
  }).returning({ id: activities.id, slug: activities.slug });
  return row!;
}
