import { z } from 'zod';
import type { Locale } from '$lib/i18n/messages';

export const mailPayloadSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(100_000),
  /** The same words as HTML under the organisation's name and logo (ADR 027 branding); the text part is always there. */
  html: z.string().max(200_000).optional(),
  /** Where an answer goes when it is not for the platform (a contact message's sender, ADR 053). */
  replyTo: z.email().optional(),
  /** Small text attachments only, such as an .ics invitation (the payload lives in the job table). */
  attachments: z.array(z.object({
    filename: z.string().min(1).max(120),
    contentType: z.string().min(1).max(120),
    content: z.string().max(200_000)
  })).max(5).optional()
});

export type MailPayload = z.infer<typeof mailPayloadSchema>;

/** Whom a mail is for; it is written in their language (ADR 024). */
export interface MailRecipient {
  email: string;
  name: string;
  locale: Locale;
}
