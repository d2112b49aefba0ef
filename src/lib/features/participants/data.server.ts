import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Tx } from '$lib/server/db/client';
import type { ManagedActivity } from '../activities/types';
import { activities, activityExtras } from '../activities/tables.server';
import { people } from '../people/tables.server';
import { registrationExtras, registrations } from '../registrations/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { listQuestions } from '../activities/data.server';
import type { RegistrationQuestion } from '../activities/rules';
import { readActivityPairs } from '../municipalities/data.server';
import { groupPairs, type PairGroup } from '../municipalities/rules';
import {
  countByStatus, extraHeadcounts, groupParticipants, type ExtraHeadcount, type Participant, type ParticipantGroups, type ParticipantStatus
} from './rules';

export interface ParticipantOverview {
  /** When the lists were read: the page says it shows the state at this moment. */
  readAt: Date;
  seats: { taken: number; capacity: number };
  counts: Record<ParticipantStatus, number>;
  extras: ExtraHeadcount[];
  questions: RegistrationQuestion[];
  groups: ParticipantGroups;
  /** Per municipality, its officers and the school registrants coming with it (any status but cancelled). */
  pairs: PairGroup[];
}

/**
 * Everything the organiser sees of one activity's registrations, read fresh on every call. The
 * people, their extras and the seat counters come from one read-only snapshot, so the headcounts
 * and the lists agree even while people register.
 */
export async function loadParticipantOverview(activity: ManagedActivity): Promise<ParticipantOverview> {
  const activityId = activity.id;
  const questions = await listQuestions(activityId);
  const snapshot = await db().transaction(async (tx) => {
    const participants = await readParticipants(tx, activity);
    const extras = await tx.select({
      id: activityExtras.id, title: activityExtras.title, date: activityExtras.date, capacity: activityExtras.capacity, seatsTaken: activityExtras.seatsTaken
    }).from(activityExtras).where(eq(activityExtras.activityId, activityId)).orderBy(asc(activityExtras.date), asc(activityExtras.title));
    const [seats] = await tx.select({ taken: activities.seatsTaken, capacity: activities.capacity }).from(activities).where(eq(activities.id, activityId));
    return { participants, extras, seats: seats ?? { taken: 0, capacity: 0 }, readAt: new Date() };
  }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
  return {
    readAt: snapshot.readAt,
    seats: snapshot.seats,
    counts: countByStatus(snapshot.participants),
    extras: extraHeadcounts(snapshot.extras, snapshot.participants),
    questions,
    groups: groupParticipants(snapshot.participants),
    pairs: groupPairs(snapshot.participants.filter((p) => p.pair && p.status !== 'cancelled').map((p) => ({
      registrationId: p.id, name: p.name, municipalityId: p.pair!.municipalityId, municipality: p.pair!.municipality, country: p.pair!.country,
      role: p.pair!.role, portfolio: p.pair!.portfolio, schools: p.pair!.schools
    })))
  };
}

/** Every registration of the activity (any status) with the person, their schools and their extras. */
export async function listParticipants(activity: ManagedActivity): Promise<Participant[]> {
  return db().transaction((tx) => readParticipants(tx, activity), { accessMode: 'read only' });
}

const registrar = alias(people, 'registrar');

async function readParticipants(tx: Tx, activity: ManagedActivity): Promise<Participant[]> {
  const activityId = activity.id;
  const rows = await tx.select({
    id: registrations.id, personId: registrations.personId, name: people.name, email: people.email,
    schools: sql<string>`coalesce((select string_agg(s.name, ', ' order by s.name)
      from ${schoolStaff} ss join ${schools} s on s.id = ss.school_id where ss.person_id = ${registrations.personId}), '')`,
    registeredByName: registrar.name, status: registrations.status, answers: registrations.answers, invoice: registrations.invoice,
    waitingSince: registrations.waitingSince, paidAt: registrations.paidAt, createdAt: registrations.createdAt,
    unconfirmed: sql<boolean>`${registrations.releaseAt} is not null`
  }).from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .leftJoin(registrar, and(eq(registrar.id, registrations.registeredBy), ne(registrations.registeredBy, registrations.personId)))
    .where(eq(registrations.activityId, activityId));
  const chosen = await tx.select({ registrationId: registrationExtras.registrationId, extraId: registrationExtras.extraId, claimed: registrationExtras.claimed })
    .from(registrationExtras).innerJoin(registrations, eq(registrations.id, registrationExtras.registrationId))
    .where(eq(registrations.activityId, activityId));
  const extrasOf = new Map<string, Participant['extras']>();
  for (const c of chosen) {
    const list = extrasOf.get(c.registrationId) ?? [];
    list.push({ extraId: c.extraId, claimed: c.claimed });
    extrasOf.set(c.registrationId, list);
  }
  const pairs = new Map((await readActivityPairs(tx, activity)).map((p) => [p.registrationId, p]));
  return rows.map((r) => {
    const pair = pairs.get(r.id);
    return {
      ...r, extras: extrasOf.get(r.id) ?? [],
      pair: pair ? { municipalityId: pair.municipalityId, municipality: pair.municipality, country: pair.country, role: pair.role, portfolio: pair.portfolio, schools: pair.schools } : null
    };
  });
}

/**
 * The person of a registration of this activity that the organiser may still cancel (registered
 * or waiting); scoped by the activity, so another activity's registration id finds nothing.
 */
export async function findCancellableRegistration(activity: ManagedActivity, registrationId: string): Promise<{ personId: string; name: string } | null> {
  const activityId = activity.id;
  const [row] = await db().select({ personId: registrations.personId, name: people.name }).from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.id, registrationId), eq(registrations.activityId, activityId), inArray(registrations.status, ['registered', 'waiting'])));
  return row ?? null;
}

/** The name of the person of a registration (e.g. who was just promoted from the waiting list). */
export async function findRegistrationName(registrationId: string): Promise<string | null> {
  const [row] = await db().select({ name: people.name }).from(registrations).innerJoin(people, eq(people.id, registrations.personId))
    .where(eq(registrations.id, registrationId));
  return row?.name ?? null;
}
