// Registration mails. They leave after the registration's transaction committed: the mutation
// returns, then these enqueue one mail job each, on the lane `laneOf` gives its kind (ADR 015). The
// reminder is its own job, a week before the start, and checks again when it runs (still
// registered, start not moved) before it mails.
import { z } from 'zod';
import { readEnv } from '$lib/server/env';
import { defineJob, enqueue, startQueue } from '$lib/server/jobs/queue';
import { bulkMailJob, urgentMailJob } from '../mail/jobs.server';
import { findRegistrationMailContext, listSeatedRegistrationIds, waitingPositionOf } from './data.server';
import { registrationMail, type RegistrationMailKind } from './emails/registration-mails';
import { reminderAt } from './rules';

const reminderPayload = z.object({
  registrationId: z.uuid(),
  /** The start the reminder was made for: if the activity moved since, this reminder does nothing. */
  startsAt: z.iso.datetime()
});

export const registrationReminderJob = defineJob({
  name: 'registrations.reminder',
  version: 1,
  payload: reminderPayload,
  handler: async ({ registrationId, startsAt }, jobId) => {
    const context = await findRegistrationMailContext(registrationId);
    if (!context || context.status !== 'registered') return;
    if (context.startsAt.getTime() !== new Date(startsAt).getTime()) return;
    await enqueue(bulkMailJob, registrationMail('reminder', context, readEnv().ORIGIN), { singletonKey: `reminder:${jobId}` });
  }
});

/**
 * What the person did themself, or what was done for them alone, is urgent. A promotion follows
 * someone else's cancellation, nobody waits for it at the screen, and a wave of cancellations
 * brings many at once: bulk. Typed per kind, so a new kind cannot go out without a lane.
 */
const laneOf: Record<Exclude<RegistrationMailKind, 'reminder'>, typeof urgentMailJob> = {
  confirmation: urgentMailJob,
  waiting: urgentMailJob,
  cancellation: urgentMailJob,
  organiserCancellation: urgentMailJob,
  promotion: bulkMailJob
};

/**
 * Mails the person of a registration about what just happened to it. Call it after the
 * transaction committed. 'waiting' states the current place on the waiting list.
 */
export async function sendRegistrationMail(registrationId: string, kind: Exclude<RegistrationMailKind, 'reminder'>): Promise<void> {
  const context = await findRegistrationMailContext(registrationId);
  if (!context) return;
  const position = kind === 'waiting' ? await waitingPositionOf(registrationId) : null;
  await enqueue(laneOf[kind], registrationMail(kind, context, readEnv().ORIGIN, position));
}

const reminderQueue = `${registrationReminderJob.name}.v${registrationReminderJob.version}`;

/**
 * The reminder 7 days before the start (none when that moment has passed). One queued reminder per
 * registration and start: cancelling and registering again does not queue a second one.
 */
export async function scheduleRegistrationReminder(registrationId: string, startsAt: Date, now = new Date()): Promise<void> {
  const at = reminderAt(startsAt, now);
  if (!at) return;
  const key = `${registrationId}:${startsAt.toISOString()}`;
  const boss = await startQueue();
  if ((await boss.getQueue(reminderQueue)) && (await boss.findJobs(reminderQueue, { key, queued: true })).length > 0) return;
  await enqueue(registrationReminderJob, { registrationId, startsAt: startsAt.toISOString() }, { startAfter: at, singletonKey: key });
}

/** After the start of an activity moved: a reminder for the new start for everyone holding a seat. */
export async function scheduleActivityReminders(activityId: string, startsAt: Date): Promise<void> {
  for (const registrationId of await listSeatedRegistrationIds(activityId)) await scheduleRegistrationReminder(registrationId, startsAt);
}

/** A person promoted from the waiting list: the "er is een plaats vrijgekomen" mail with .ics, and the reminder. */
export async function notifyPromotion(registrationId: string): Promise<void> {
  await sendRegistrationMail(registrationId, 'promotion');
  const context = await findRegistrationMailContext(registrationId);
  if (context) await scheduleRegistrationReminder(registrationId, context.startsAt);
}
