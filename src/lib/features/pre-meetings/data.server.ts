import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { activityPreMeetingOptions, activityPreMeetingQuestions, activityPreMeetings, activityPreMeetingVotes } from './tables.server';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { participantStatuses, tallyVotes, type OptionTally, type VoteAnswer } from './rules';
import type { ManagedActivity } from '../activities/types';
import type { PreMeetingParticipant, PreMeetingReader } from './types';

// The reads take the handles of ADR 020: a participant's own view (`PreMeetingParticipant`), the
// organiser's (`ManagedActivity`), or either for the dates and the link (`PreMeetingReader`).
// `isParticipant` is the lookup the access module decides with, hence plain ids (lint-restricted).
const activityOf = (reader: PreMeetingReader): string => ('activityId' in reader ? reader.activityId : reader.id);

export interface PreMeetingSettings {
  onlineUrl: string | null;
  durationMinutes: number;
  chosenOptionId: string | null;
  chosenAt: Date | null;
}

const defaults: PreMeetingSettings = { onlineUrl: null, durationMinutes: 60, chosenOptionId: null, chosenAt: null };

/** The link, duration and pick of an activity's pre-meeting; defaults while nothing is set. */
export async function findPreMeeting(reader: PreMeetingReader): Promise<PreMeetingSettings> {
  const activityId = activityOf(reader);
  const [row] = await db().select({
    onlineUrl: activityPreMeetings.onlineUrl, durationMinutes: activityPreMeetings.durationMinutes,
    chosenOptionId: activityPreMeetings.chosenOptionId, chosenAt: activityPreMeetings.chosenAt
  }).from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId));
  return row ?? defaults;
}

/** Candidate dates, earliest first. */
export async function listOptions(reader: PreMeetingReader): Promise<{ id: string; startsAt: Date }[]> {
  const activityId = activityOf(reader);
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
export async function listPoll(activity: ManagedActivity) {
  const activityId = activity.id;
  const options = await listOptions(activity);
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
export async function listTallies(participant: PreMeetingParticipant): Promise<OptionTally[]> {
  const { activityId } = participant;
  const options = await listOptions(participant);
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
export async function listOwnVotes(participant: PreMeetingParticipant): Promise<Record<string, VoteAnswer>> {
  const { activityId, personId } = participant;
  const rows = await db().select({ optionId: activityPreMeetingVotes.optionId, answer: activityPreMeetingVotes.answer })
    .from(activityPreMeetingVotes)
    .innerJoin(activityPreMeetingOptions, eq(activityPreMeetingOptions.id, activityPreMeetingVotes.optionId))
    .where(and(eq(activityPreMeetingOptions.activityId, activityId), eq(activityPreMeetingVotes.personId, personId)));
  return Object.fromEntries(rows.map((r) => [r.optionId, r.answer]));
}

/** Whether the person holds a seat: what requirePreMeetingPage and requirePreMeetingParticipant decide with. */
export async function isParticipant(activityId: string, personId: string): Promise<boolean> {
  const [row] = await db().select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, [...participantStatuses])));
  return !!row;
}

/** The questions sent in, with who asked them (for the organiser only). */
export async function listQuestions(activity: ManagedActivity) {
  const activityId = activity.id;
  return db().select({
    id: activityPreMeetingQuestions.id, body: activityPreMeetingQuestions.body, theme: activityPreMeetingQuestions.theme,
    createdAt: activityPreMeetingQuestions.createdAt, personName: people.name
  }).from(activityPreMeetingQuestions)
    .innerJoin(people, eq(people.id, activityPreMeetingQuestions.personId))
    .where(eq(activityPreMeetingQuestions.activityId, activityId))
    .orderBy(asc(activityPreMeetingQuestions.createdAt), asc(activityPreMeetingQuestions.id));
}

export async function listOwnQuestions(participant: PreMeetingParticipant) {
  const { activityId, personId } = participant;
  return db().select({ id: activityPreMeetingQuestions.id, body: activityPreMeetingQuestions.body, createdAt: activityPreMeetingQuestions.createdAt })
    .from(activityPreMeetingQuestions)
    .where(and(eq(activityPreMeetingQuestions.activityId, activityId), eq(activityPreMeetingQuestions.personId, personId)))
    .orderBy(asc(activityPreMeetingQuestions.createdAt), asc(activityPreMeetingQuestions.id));
}

/** How many people hold a seat: who can vote and who is mailed the chosen date. */
export async function countParticipants(activity: ManagedActivity): Promise<number> {
  const activityId = activity.id;
  const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), inArray(registrations.status, [...participantStatuses])));
  return row?.n ?? 0;
}
