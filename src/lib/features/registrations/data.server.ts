import { and, asc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import { hashSecret } from '$lib/server/auth/tokens';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Db } from '$lib/server/db/client';
import { registrationExtras, registrations } from './tables.server';
import { activities, activityExtras } from '../activities/tables.server';
import { organisationBranding, organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { isNetworkMemberNow, listExtras, listQuestions } from '../activities/data.server';
import { needsInvoice, type RegistrationStatus } from './rules';
import { listPairOptions } from '../municipalities/data.server';
import type { ActivityHandle } from '../activities/types';
import type { GuestRegistrant } from './types';

/**
 * What an activity's registration form asks: its questions, its extras, whether an invoice is
 * needed, and the municipalities one may come together with (ADR 030; none unless the activity asks).
 */
export async function findRegistrationForm(activity: ActivityHandle, terms: { priceCents: number; municipalPairs: boolean }) {
  const [questions, extras, pairs] = await Promise.all([listQuestions(activity.id), listExtras(activity.id), terms.municipalPairs ? listPairOptions() : []]);
  return { questions, extras, invoiceNeeded: needsInvoice(terms, extras), pairs };
}

/** Headcount per registration status, and the seat counter, of one activity. */
export async function countRegistrations(activity: ActivityHandle) {
  const activityId = activity.id;
  const rows = await db().select({ status: registrations.status, count: sql<number>`count(*)::int` }).from(registrations)
    .where(eq(registrations.activityId, activityId)).groupBy(registrations.status);
  const [seats] = await db().select({ seatsTaken: activities.seatsTaken, capacity: activities.capacity }).from(activities).where(eq(activities.id, activityId));
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.count])) as Partial<Record<string, number>>;
  return { ...byStatus, seatsTaken: seats?.seatsTaken ?? 0, capacity: seats?.capacity ?? 0 };
}

export async function listWaitingOrder(activity: ActivityHandle): Promise<string[]> {
  const activityId = activity.id;
  const rows = await db().select({ personId: registrations.personId }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
    .orderBy(registrations.waitingSince, registrations.createdAt, registrations.id);
  return rows.map((r) => r.personId);
}

/**
 * 1-based place on the waiting list (same order as the promotion: waiting since, then created).
 * The outer columns are written qualified on purpose: interpolated, drizzle renders them bare in a
 * one-table select, the subquery's own table captured them, and every waiting registration of every
 * activity was counted. Used only in selects from `registrations` itself.
 */
// eslint-disable-next-line no-restricted-syntax -- the outer columns are qualified by hand (see above)
const waitingPosition = sql<number | null>`case when registrations.status = 'waiting' then (
  select count(*)::int from registrations ahead where ahead.activity_id = registrations.activity_id and ahead.status = 'waiting'
    and (ahead.waiting_since, ahead.created_at, ahead.id) <= (registrations.waiting_since, registrations.created_at, registrations.id)
) end`;

const registrar = alias(people, 'registrar');

/** One person's registration for one activity, with the chosen extras and who registered them. */
export async function findRegistration(activity: ActivityHandle, personId: string) {
  const activityId = activity.id;
  const [row] = await db().select({
    id: registrations.id, personId: registrations.personId, status: registrations.status, answers: registrations.answers,
    invoice: registrations.invoice, registeredBy: registrations.registeredBy, registeredByName: registrar.name, position: waitingPosition
  }).from(registrations)
    .leftJoin(registrar, eq(registrar.id, registrations.registeredBy))
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId)));
  if (!row) return null;
  const extras = await db().select({ extraId: registrationExtras.extraId, claimed: registrationExtras.claimed }).from(registrationExtras)
    .where(eq(registrationExtras.registrationId, row.id));
  return { ...row, status: row.status as RegistrationStatus, extras };
}

/** The status of one person's registration and their waiting place (the activity page needs no more). */
export async function registrationStatusOf(activity: ActivityHandle, personId: string): Promise<{ status: RegistrationStatus; position: number | null } | null> {
  const [row] = await db().select({ status: registrations.status, position: waitingPosition }).from(registrations)
    .where(and(eq(registrations.activityId, activity.id), eq(registrations.personId, personId)));
  return row ? { status: row.status as RegistrationStatus, position: row.position } : null;
}

/** `reader` is the transaction that changed the registration, when it reads its own writes. */
export async function waitingPositionOf(registrationId: string, reader: Db = db()): Promise<number | null> {
  const [row] = await reader.select({ position: waitingPosition }).from(registrations).where(eq(registrations.id, registrationId));
  return row?.position ?? null;
}

/** People who share a school with the actor (their colleagues), with that school. */
export async function listColleagues(actorPersonId: string) {
  const mine = alias(schoolStaff, 'mine');
  return db().selectDistinct({ personId: people.id, name: people.name, email: people.email, schoolId: schools.id, schoolName: schools.name })
    .from(mine)
    .innerJoin(schoolStaff, eq(schoolStaff.schoolId, mine.schoolId))
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .innerJoin(schools, eq(schools.id, mine.schoolId))
    .where(and(eq(mine.personId, actorPersonId), ne(schoolStaff.personId, actorPersonId)))
    .orderBy(asc(people.name), asc(schools.name));
}

/**
 * Colleagues the actor may register for this activity: they share a school with the actor, and
 * that school is in the activity's audience (a network's activity: a member school now; a
 * school's activity: that school). One entry per person.
 */
export async function listEligibleColleagues(actorPersonId: string, activity: { visibility: 'public' | 'network' | 'school'; schoolId: string | null; networkId: string | null }) {
  const all = await listColleagues(actorPersonId);
  const schoolIds = [...new Set(all.map((c) => c.schoolId))];
  const inAudience = new Set<string>();
  for (const schoolId of schoolIds) {
    if (activity.visibility === 'public'
      || (activity.visibility === 'school' && activity.schoolId === schoolId)
      || (activity.visibility === 'network' && (await isNetworkMemberNow(activity.networkId, [schoolId])))) inAudience.add(schoolId);
  }
  const seen = new Set<string>();
  return all.filter((c) => inAudience.has(c.schoolId) && !seen.has(c.personId) && !!seen.add(c.personId));
}

/** Colleagues the actor registered for this activity (not the actor themself). */
export async function listRegisteredByActor(activity: ActivityHandle, actorPersonId: string) {
  const activityId = activity.id;
  return db().select({ personId: people.id, name: people.name, status: registrations.status, position: waitingPosition })
    .from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.activityId, activityId), eq(registrations.registeredBy, actorPersonId), ne(registrations.personId, actorPersonId)))
    .orderBy(asc(people.name));
}

/** A person's own registrations with the activity, for "Mijn activiteiten" (ordered in rules.ts). */
export async function listRegistrationsOfPerson(personId: string) {
  return db().select({
    registrationId: registrations.id, status: registrations.status, position: waitingPosition,
    title: activities.title, slug: activities.slug, organisationSlug: organisations.slug, organisationName: organisations.name,
    startsAt: activities.startsAt, endsAt: activities.endsAt,
    registrationDeadline: activities.registrationDeadline, priceCents: activities.priceCents, paidAt: registrations.paidAt
  }).from(registrations)
    .innerJoin(activities, eq(activities.id, registrations.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(registrations.personId, personId));
}

/** Everything a registration mail says: the person, the activity, the extras and who registered them. */
export async function findRegistrationMailContext(registrationId: string, reader: Db = db()) {
  const [row] = await reader.select({
    registrationId: registrations.id, status: registrations.status, personId: registrations.personId, registeredBy: registrations.registeredBy,
    personName: people.name, personEmail: people.email, personLocale: people.locale, registeredByName: registrar.name, position: waitingPosition,
    activityId: activities.id, title: activities.title, slug: activities.slug, organisationSlug: organisations.slug,
    organisationName: organisations.name, summary: activities.summary, location: activities.location, onlineUrl: activities.onlineUrl,
    startsAt: activities.startsAt, endsAt: activities.endsAt, priceCents: activities.priceCents, priceCovers: activities.priceCovers,
    contactEmail: organisations.contactEmail, accent: organisationBranding.accent, logoHash: organisationBranding.logoHash
  }).from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .leftJoin(registrar, eq(registrar.id, registrations.registeredBy))
    .innerJoin(activities, eq(activities.id, registrations.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .leftJoin(organisationBranding, eq(organisationBranding.organisationId, organisations.id))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const extras = await reader.select({ title: activityExtras.title, priceCents: activityExtras.priceCents, claimed: registrationExtras.claimed })
    .from(registrationExtras)
    .innerJoin(activityExtras, eq(activityExtras.id, registrationExtras.extraId))
    .where(eq(registrationExtras.registrationId, registrationId))
    .orderBy(asc(activityExtras.date), asc(activityExtras.title));
  return { ...row, status: row.status as RegistrationStatus, extras };
}

export type RegistrationMailContext = NonNullable<Awaited<ReturnType<typeof findRegistrationMailContext>>>;

/** Registrations holding a seat (e.g. to schedule reminders after the start moved). */
export async function listSeatedRegistrationIds(activityId: string): Promise<string[]> {
  const rows = await db().select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'registered')));
  return rows.map((r) => r.id);
}


/** Whether the person holds a registration (registered or waiting) for the activity. */
export async function holdsRegistration(activityId: string, personId: string): Promise<boolean> {
  const [row] = await db().select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, ['registered', 'waiting'])));
  return !!row;
}

/** Registrations without an account still unconfirmed at `now`, past their deadline (ADR 029), for the release job. */
export async function listUnconfirmedPastDeadline(now: Date, limit = 500): Promise<{ id: string; activityId: string; personId: string }[]> {
  return db().select({ id: registrations.id, activityId: registrations.activityId, personId: registrations.personId }).from(registrations)
    .where(and(lte(registrations.releaseAt, now), inArray(registrations.status, ['registered', 'waiting', 'interest'])))
    .orderBy(asc(registrations.releaseAt)).limit(limit);
}

/** What a registration without an account needs of its activity (ADR 029): the deadline and how long it may stay unconfirmed. */
export async function findGuestTerms(guest: GuestRegistrant): Promise<{ deadline: Date; guestConfirmHours: number } | null> {
  const [row] = await db().select({ deadline: activities.registrationDeadline, guestConfirmHours: activities.guestConfirmHours })
    .from(activities).where(eq(activities.id, guest.activityId));
  return row ?? null;
}

/** Whether a guest's confirmation link still works (the page shows its button, or says it does not). */
export async function isGuestLinkUsable(secret: string): Promise<boolean> {
  const [row] = await db().select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.confirmTokenHash, hashSecret(secret)), gt(registrations.releaseAt, new Date())));
  return !!row;
}

/** The public path of an activity, to show a registration once it is confirmed. */
export async function findActivityPath(activityId: string): Promise<string | null> {
  const [row] = await db().select({ slug: activities.slug, organisationSlug: organisations.slug }).from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId)).where(eq(activities.id, activityId));
  return row ? `/activiteiten/${row.organisationSlug}/${row.slug}` : null;
}
