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
