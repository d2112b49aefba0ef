// Writes of municipalities (ADR 030): the pair of a registration, in the seat engine's own
// transaction, and the municipalities and officers themselves (kept by platform admins at
// /beheer/gemeenten; the demo and tests use createMunicipality and addOfficer directly).
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import { urgentMailJob } from '../mail/jobs.server';
import { people } from '../people/tables.server';
import { officerAddedMail, officerRemovedMail } from './emails/officer-mails';
import type { PairChoice } from './rules';
import type { MunicipalityFields, OfficerInput } from './schema';
import type { AdministeredMunicipality } from './types';
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

export type SaveMunicipalityResult = { ok: true; id: string } | { ok: false; reason: 'duplicate' };

export const saveMunicipalityFailures = {
  duplicate: { status: 409, field: 'name', key: 'municipalityDuplicate' }
} satisfies FailureMap<SaveMunicipalityResult>;

const isUniqueViolation = (error: unknown) => (error as { code?: string; cause?: { code?: string } }).code === '23505'
  || (error as { cause?: { code?: string } }).cause?.code === '23505';

/**
 * A new municipality, or (with a handle) the changed one. The unique index on the lower-cased name
 * per country decides a duplicate, so two admins adding "Gent" at once get one row and one refusal.
 */
export async function saveMunicipality(input: MunicipalityFields, existing?: AdministeredMunicipality): Promise<SaveMunicipalityResult> {
  try {
    if (!existing) return { ok: true, id: await createMunicipality(input) };
    await db().update(municipalities).set(input).where(eq(municipalities.id, existing.id));
    return { ok: true, id: existing.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate' };
    throw error;
  }
}

export type OfficerResult = { ok: true; name: string } | { ok: false; reason: 'unknown-person' | 'not-officer' };

export const officerFailures = {
  'unknown-person': { status: 404, field: 'email', key: 'municipalityOfficerUnknownPerson' },
  'not-officer': { status: 404, key: 'municipalityOfficerNotFound' }
} satisfies FailureMap<OfficerResult>;

async function municipalityName(tx: Tx, municipality: AdministeredMunicipality): Promise<string> {
  const [row] = await tx.select({ name: municipalities.invoiceName }).from(municipalities).where(eq(municipalities.id, municipality.id));
  return row?.name ?? '';
}

/**
 * Makes an existing account an officer (again: the new portfolio) and mails them, in one
 * transaction (ADR 022). Accounts are not made here: an officer without one signs up first.
 */
export async function appointOfficer(municipality: AdministeredMunicipality, input: OfficerInput): Promise<OfficerResult> {
  return transactionWithJobs(async (tx) => {
    const [person] = await tx.select({ id: people.id, email: people.email, name: people.name, locale: people.locale })
      .from(people).where(eq(people.email, input.email));
    if (!person) return { ok: false, reason: 'unknown-person' } as const;
    await tx.insert(municipalityOfficers).values({ municipalityId: municipality.id, personId: person.id, portfolio: input.portfolio })
      .onConflictDoUpdate({ target: [municipalityOfficers.municipalityId, municipalityOfficers.personId], set: { portfolio: input.portfolio } });
    const name = await municipalityName(tx, municipality);
    await recordJob(tx, urgentMailJob, officerAddedMail(person, name, input.portfolio, `${readEnv().ORIGIN}/activiteiten`));
    return { ok: true, name: person.name } as const;
  });
}

/** Ends an officer role; the person is told. Their earlier registrations keep their pair and now read as a school's. */
export async function removeOfficer(municipality: AdministeredMunicipality, personId: string): Promise<OfficerResult> {
  return transactionWithJobs(async (tx) => {
    const [removed] = await tx.delete(municipalityOfficers)
      .where(and(eq(municipalityOfficers.municipalityId, municipality.id), eq(municipalityOfficers.personId, personId)))
      .returning({ personId: municipalityOfficers.personId });
    if (!removed) return { ok: false, reason: 'not-officer' } as const;
    const [person] = await tx.select({ email: people.email, name: people.name, locale: people.locale }).from(people).where(eq(people.id, personId));
    if (person) await recordJob(tx, urgentMailJob, officerRemovedMail(person, await municipalityName(tx, municipality)));
    return { ok: true, name: person?.name ?? '' } as const;
  });
}
