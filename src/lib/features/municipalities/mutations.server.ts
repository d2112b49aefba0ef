// Writes of municipalities (ADR 030): the pair of a registration, in the seat engine's own
// transaction, and the municipalities and officers themselves (the demo and tests make them; a
// page to keep them is not built yet).
import { eq } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { PairChoice } from './rules';
import { municipalities, municipalityOfficers, registrationPairSchools, registrationPairs } from './tables.server';

/**
 * Replaces the pair of a registration inside the registration's transaction `tx`, so a refused
 * registration leaves no pair behind. The choice was read against the offered municipalities and
 * their schools (readPairChoice), so every id here is one of them.
 */
export async function savePair(tx: Tx, registrationId: string, pair: PairChoice | undefined): Promise<void> {
  if (pair === undefined) return;
  await tx.delete(registrationPairs).where(eq(registrationPairs.registrationId, registrationId));
  if (!pair) return;
  await tx.insert(registrationPairs).values({ registrationId, municipalityId: pair.municipalityId });
  if (pair.schoolIds.length > 0) {
    await tx.insert(registrationPairSchools).values(pair.schoolIds.map((schoolId) => ({ registrationId, schoolId })));
  }
}

export interface MunicipalityInput {
  name: string;
  country: 'BE' | 'NL';
  invoiceName: string;
  invoiceNumber?: string;
  invoiceEmail?: string;
}

export async function createMunicipality(input: MunicipalityInput): Promise<string> {
  const [row] = await db().insert(municipalities).values(input).returning({ id: municipalities.id });
  return row!.id;
}

/** Makes a person an officer of the municipality with the given portfolio (again: the new portfolio). */
export async function addOfficer(municipalityId: string, personId: string, portfolio: string): Promise<void> {
  await db().insert(municipalityOfficers).values({ municipalityId, personId, portfolio })
    .onConflictDoUpdate({ target: [municipalityOfficers.municipalityId, municipalityOfficers.personId], set: { portfolio } });
}
