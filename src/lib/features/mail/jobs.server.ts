// Two lanes for mail (ADR 015): each has its own queue, its own worker and its own SMTP
// connections, so however many bulk mails are waiting, an urgent one is fetched and sent at once.
// The caller picks the lane by the job it enqueues; there is no default.
import { defineJob, type JobDefinition } from '$lib/server/jobs/queue';
import { smtpConfigured, smtpPool } from '$lib/server/mail/transport';
import { markMailSent, recordMail } from './mutations.server';
import { mailPayloadSchema } from './schema';

type MailJob = JobDefinition<typeof mailPayloadSchema>;

/**
 * What each lane sends at once in one process, and the SMTP connections it may open for that (a
 * relay may refuse more than about ten from one client). More mails in flight than connections
 * keeps each connection busy while the others' database writes run.
 */
export const laneLimits = {
  urgent: { concurrency: 4, connections: 2 },
  bulk: { concurrency: 10, connections: 5 }
} as const;

/** Idempotent: the job id is the mail id, so a retried job neither duplicates nor re-sends. */
function mailJob(name: string, limits: { concurrency: number; connections: number }): MailJob {
  const smtp = smtpPool(limits.connections);
  return defineJob({
    name,
    version: 1,
    payload: mailPayloadSchema,
    concurrency: limits.concurrency,
    handler: async (mail, jobId) => {
      const transport = smtpConfigured() ? 'smtp' : 'outbox';
      const needsSending = await recordMail(jobId, mail, transport);
      if (transport === 'smtp' && needsSending) {
        await smtp.send(mail);
        await markMailSent(jobId);
      }
    }
  });
}

/**
 * A mail one person is waiting for because of something just done for them, one mail per action:
 * a sign-in link, a password reset, an invitation to sign in, their registration's confirmation,
 * waiting place or cancellation, a decision on their training request. Keeps the queue name the
 * single mail job had (`mail.send`), so mails queued before the split are still sent.
 */
export const urgentMailJob = mailJob('mail.send', laneLimits.urgent);

/**
 * Mails that go out by the dozen or hundred from one event, which nobody waits for at the screen:
 * a meeting's invitations and reminders to every member school's staff, pre-meeting mails to all
 * participants, registration reminders and promotions from the waiting list.
 */
export const bulkMailJob = mailJob('mail.bulk', laneLimits.bulk);

/** Both lanes, urgent first (for the workers at boot and for draining in tests). */
export const mailJobs = [urgentMailJob, bulkMailJob];
