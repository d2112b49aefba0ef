import { z } from 'zod';
import type { Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import { defineJob, recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import { cohortForJob } from '../learning-networks/access.server';
import { bulkMailJob } from '../mail/jobs.server';
import { findMailBrand } from '../organisations/data.server';
import { findMeetingById, listRecipients } from './data.server';
import { meetingMail } from './emails/meeting-mails';

const notifyPayload = z.object({
  meetingId: z.uuid(),
  kind: z.enum(['invitation', 'reminder-7', 'reminder-1', 'harvest']),
  /** The date the notice was made for: a reminder for a meeting that moved since then does nothing. */
  startsAt: z.iso.datetime()
});

/**
 * Fans one meeting notice out as one mail per member-school staff member (each its own mail job),
 * all recorded in one transaction: the fan-out is queued whole or not at all.
 */
export const meetingNotifyJob = defineJob({
  name: 'meetings.notify',
  version: 1,
  payload: notifyPayload,
  handler: async ({ meetingId, kind, startsAt }) => {
    const meeting = await findMeetingById(meetingId);
    if (!meeting) return;
    if (kind.startsWith('reminder') && meeting.startsAt.getTime() !== new Date(startsAt).getTime()) return;
    const origin = readEnv().ORIGIN;
    const recipients = await listRecipients(cohortForJob(meeting.learningNetworkId));
    const brand = await findMailBrand(meeting.organisationId, origin);
    await transactionWithJobs(async (tx) => {
      for (const recipient of recipients) {
        await recordJob(tx, bulkMailJob, meetingMail(kind, recipient, {
          networkName: meeting.networkName, sequence: meeting.sequence, startsAt: meeting.startsAt,
          learningQuestion: meeting.learningQuestion, onlineUrl: meeting.onlineUrl, harvest: meeting.harvest,
          pageUrl: `${origin}/werkruimte`, brand
        }), { singletonKey: `${kind}:${meetingId}:${startsAt}:${recipient.email}` });
      }
    });
  }
});

/** Reminders 7 days and 1 day before, recorded in `tx`; those already in the past are not scheduled. */
export async function recordReminders(tx: Tx, meetingId: string, startsAt: Date): Promise<void> {
  for (const [kind, days] of [['reminder-7', 7], ['reminder-1', 1]] as const) {
    const at = new Date(startsAt.getTime() - days * 86_400_000);
    if (at.getTime() <= Date.now()) continue;
    await recordJob(tx, meetingNotifyJob, { meetingId, kind, startsAt: startsAt.toISOString() },
      { startAfter: at, singletonKey: `${kind}:${meetingId}:${startsAt.toISOString()}` });
  }
}
