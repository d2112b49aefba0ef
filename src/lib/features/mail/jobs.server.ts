import { defineJob } from '$lib/server/jobs/queue';
import { sendOverSmtp, smtpConfigured } from '$lib/server/mail/transport';
import { markMailSent, recordMail } from './mutations.server';
import { mailPayloadSchema } from './schema';

/** Idempotent: the job id is the mail id, so a retried job neither duplicates nor re-sends. */
export const sendMailJob = defineJob({
  name: 'mail.send',
  version: 1,
  payload: mailPayloadSchema,
  handler: async (mail, jobId) => {
    const transport = smtpConfigured() ? 'smtp' : 'outbox';
    const needsSending = await recordMail(jobId, mail, transport);
    if (transport === 'smtp' && needsSending) {
      await sendOverSmtp(mail);
      await markMailSent(jobId);
    }
  }
});
