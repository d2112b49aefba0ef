// Registration mails. They are recorded in the registration's own transaction (ADR 022), one mail
// job each, on the lane `laneOf` gives its kind (ADR 015), so they go out if and only if the change
// committed. The reminder is its own job, a week before the start, and checks again when it runs
// (still registered, start not moved) before it mails.
import { z } from 'zod';
import type { Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import { defineJob, enqueue, hasQueuedJob, recordJob } from '$lib/server/jobs/queue';
import { bulkMailJob, urgentMailJob } from '../mail/jobs.server';
import { findRegistrationMailContext, waitingPositionOf } from './data.server';
import { guestConfirmationMail, registrationMail, type RegistrationMailKind } from './emails/registration-mails';
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
  // The release job brings these, possibly many at once; nobody waits at a screen.
  released: bulkMailJob,
  promotion: bulkMailJob
};

/**
 * Mails the person of a registration about what just happened to it, recorded in the transaction
 * `tx` that made the change (and read through it). 'waiting' states the place on the waiting list.
 */
export async function recordRegistrationMail(tx: Tx, registrationId: string, kind: Exclude<RegistrationMailKind, 'reminder'>): Promise<void> {
  const context = await findRegistrationMailContext(registrationId, tx);
  if (!context) return;
  const position = kind === 'waiting' ? await waitingPositionOf(registrationId, tx) : null;
  await recordJob(tx, laneOf[kind], registrationMail(kind, context, readEnv().ORIGIN, position));
}

/**
 * The reminder 7 days before the start (none when that moment has passed), recorded in `tx`. One
 * queued reminder per registration and start: cancelling and registering again does not queue a
 * second one.
 */
export async function recordRegistrationReminder(tx: Tx, registrationId: string, startsAt: Date, now = new Date()): Promise<void> {
  const at = reminderAt(startsAt, now);
  if (!at) return;
  const key = `${registrationId}:${startsAt.toISOString()}`;
  if (await hasQueuedJob(tx, registrationReminderJob, key)) return;
  await recordJob(tx, registrationReminderJob, { registrationId, startsAt: startsAt.toISOString() }, { startAfter: at, singletonKey: key });
}

/** A person promoted from the waiting list: the "er is een plaats vrijgekomen" mail with .ics, and the reminder. */
export async function recordPromotion(tx: Tx, registrationId: string): Promise<void> {
  await recordRegistrationMail(tx, registrationId, 'promotion');
  const context = await findRegistrationMailContext(registrationId, tx);
  if (context) await recordRegistrationReminder(tx, registrationId, context.startsAt);
}

/** The confirmation link of a registration without an account (ADR 029), recorded in its transaction `tx`. */
export async function recordGuestConfirmation(tx: Tx, registrationId: string, secret: string, releaseAt: Date): Promise<void> {
  const context = await findRegistrationMailContext(registrationId, tx);
  if (!context) return;
  const url = `${readEnv().ORIGIN}/inschrijving/bevestigen/${secret}`;
  await recordJob(tx, urgentMailJob, guestConfirmationMail(context, url, releaseAt));
}

/** In the registration's transaction: the confirmation (with .ics) and the reminder, or the waiting-list mail. */
export async function recordRegistered(tx: Tx, registrationId: string, status: 'registered' | 'waiting', startsAt: Date): Promise<void> {
  if (status === 'waiting') return recordRegistrationMail(tx, registrationId, 'waiting');
  await recordRegistrationMail(tx, registrationId, 'confirmation');
  await recordRegistrationReminder(tx, registrationId, startsAt);
}

