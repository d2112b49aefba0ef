import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { activityPreMeetingOptions, activityPreMeetingQuestions, activityPreMeetings, activityPreMeetingVotes } from './tables.server';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { participantStatuses, tallyVotes, type OptionTally, type VoteAnswer } from './rules';

export interface PreMeetingSettings {
  onlineUrl: string | null;
  durationMinutes: number;
  chosenOptionId: string | null;
  chosenAt: Date | null;
}

const defaults: PreMeetingSettings = { onlineUrl: null, durationMinutes: 60, chosenOptionId: null, chosenAt: null };

/** The link, duration and pick of an activity's pre-meeting; defaults while nothing is set. */
export async function findPreMeeting(activityId: string): Promise<PreMeetingSettings> {
  const [row] = await db().select({
    onlineUrl: activityPreMeetings.onlineUrl, durationMinutes: activityPreMeetings.durationMinutes,
    chosenOptionId: activityPreMeetings.chosenOptionId, chosenAt: activityPreMeetings.chosenAt
  }).from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId));
  return row ?? defaults;
}

/** Candidate dates, earliest first. */
export async function listOptions(activityId: string): Promise<{ id: string; startsAt: Date }[]> {
  return db().select({ id: activityPreMeetingOptions.id, startsAt: activityPreMeetingOptions.startsAt })
    .from(activityPreMeetingOptions).where(eq(activityPreMeetingOptions.activityId, activityId))
    .orderBy(asc(activityPreMeetingOptions.startsAt));
}

// Votes count only while their author holds a seat: someone who cancelled no longer decides the date.
const participantJoin = and(
  eq(registrations.personId, activityPreMeetingVotes.personId),
  eq(registrations.activityId, activityPreMeetingOptions.activityId),
  inArray(registrations.status, [...participantStatuses])
);

/** Who voted what (for the organiser only), with the counts per candidate date. */
export async function listPoll(activityId: string) {
  const options = await listOptions(activityId);
  const votes = await db().select({
    optionId: activityPreMeetingVotes.optionId, personId: activityPreMeetingVotes.personId, name: people.name, answer: activityPreMeetingVotes.answer
  }).from(activityPreMeetingVotes)
    .innerJoin(activityPreMeetingOptions, eq(activityPreMeetingOptions.id, activityPreMeetingVotes.optionId))
    .innerJoin(registrations, participantJoin)
    .innerJoin(people, eq(people.id, activityPreMeetingVotes.personId))
    .where(eq(activityPreMeetingOptions.activityId, activityId))
    .orderBy(asc(people.name));
  return { options, votes, tallies: tallyVotes(options, votes) };
}

/** Counts per candidate date only, never names: what participants see of each other. */
export async function listTallies(activityId: string): Promise<OptionTally[]> {
  const options = await listOptions(activityId);
  const rows = await db().select({
    optionId: activityPreMeetingVotes.optionId, answer: activityPreMeetingVotes.answer, count: sql<number>`count(*)::int`
  }).from(activityPreMeetingVotes)
    .innerJoin(activityPreMeetingOptions, eq(activityPreMeetingOptions.id, activityPreMeetingVotes.optionId))
    .innerJoin(registrations, participantJoin)
    .where(eq(activityPreMeetingOptions.activityId, activityId))
    .groupBy(activityPreMeetingVotes.optionId, activityPreMeetingVotes.answer);
  return tallyVotes(options, rows);
}

/** One person's answers per candidate date. */
export async function listOwnVotes(activityId: string, personId: string): Promise<Record<string, VoteAnswer>> {
  const rows = await db().select({ optionId: activityPreMeetingVotes.optionId, answer: activityPreMeetingVotes.answer })
    .from(activityPreMeetingVotes)
    .innerJoin(activityPreMeetingOptions, eq(activityPreMeetingOptions.id, activityPreMeetingVotes.optionId))
    .where(and(eq(activityPreMeetingOptions.activityId, activityId), eq(activityPreMeetingVotes.personId, personId)));
  return Object.fromEntries(rows.map((r) => [r.optionId, r.answer]));
}

export async function isParticipant(activityId: string, personId: string): Promise<boolean> {
  const [row] = await db().select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, [...participantStatuses])));
  return !!row;
}

/** The questions sent in, with who asked them (for the organiser only). */
export async function listQuestions(activityId: string) {
  return db().select({
    id: activityPreMeetingQuestions.id, body: activityPreMeetingQuestions.body, theme: activityPreMeetingQuestions.theme,
    createdAt: activityPreMeetingQuestions.createdAt, personName: people.name
  }).from(activityPreMeetingQuestions)
    .innerJoin(people, eq(people.id, activityPreMeetingQuestions.personId))
    .where(eq(activityPreMeetingQuestions.activityId, activityId))
    .orderBy(asc(activityPreMeetingQuestions.createdAt), asc(activityPreMeetingQuestions.id));
}

export async function listOwnQuestions(activityId: string, personId: string) {
  return db().select({ id: activityPreMeetingQuestions.id, body: activityPreMeetingQuestions.body, createdAt: activityPreMeetingQuestions.createdAt })
    .from(activityPreMeetingQuestions)
    .where(and(eq(activityPreMeetingQuestions.activityId, activityId), eq(activityPreMeetingQuestions.personId, personId)))
    .orderBy(asc(activityPreMeetingQuestions.createdAt), asc(activityPreMeetingQuestions.id));
}

/** How many people hold a seat: who can vote and who is mailed the chosen date. */
export async function countParticipants(activityId: string): Promise<number> {
  const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), inArray(registrations.status, [...participantStatuses])));
  return row?.n ?? 0;
}
