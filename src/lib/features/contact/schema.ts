import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { emailSchema, personNameSchema } from '../people/schema';
import { spamBrakeFields } from '$lib/server/spam-brakes';
import { contactStatuses } from './rules';

/**
 * The public contact form. `website` is the honeypot: hidden from people (and from assistive
 * technology), so only a bot fills it. `ticket` is the signed opening time (spam-brakes.ts).
 */
export const contactMessageSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  school: z.string().trim().max(160, { error: errorKey('contactSchoolTooLong') }).default(''),
  message: z.string({ error: errorKey('contactMessageRequired') }).trim()
    .min(10, { error: errorKey('contactMessageRequired') }).max(5000, { error: errorKey('contactMessageTooLong') }).meta(multiline),
  ...spamBrakeFields
});

export type ContactMessageInput = z.infer<typeof contactMessageSchema>;

export const contactMessageIdSchema = z.object({ messageId: z.uuid({ error: errorKey('contactNotFound') }) });

export const contactReplySchema = contactMessageIdSchema.extend({
  body: z.string({ error: errorKey('contactReplyRequired') }).trim()
    .min(2, { error: errorKey('contactReplyRequired') }).max(10000, { error: errorKey('contactReplyTooLong') }).meta(multiline)
});

export const contactStatusSchema = contactMessageIdSchema.extend({
  status: z.enum(contactStatuses, { error: errorKey('contactStatusInvalid') })
});

/** The inbox's tab: `?status=new|answered|closed`, new by default. */
export const contactFilterSchema = z.enum(contactStatuses).catch('new');
