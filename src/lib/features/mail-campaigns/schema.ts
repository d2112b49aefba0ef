import { z } from 'zod';

/** One recipient as a source gives it; `key` orders the source's pages (the prepare cursor). */
export const sourceRecipientSchema = z.object({
  key: z.string().min(1),
  /** Normalised before it is checked: one person however their address was typed. */
  address: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().max(200).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  headers: z.record(z.string(), z.string().max(2000)).optional(),
  footerLink: z.string().max(2000).optional()
});
export type SourceRecipient = z.infer<typeof sourceRecipientSchema>;

/** A recipient handed in directly (the 'list' source): for small sends, tests and the bench. */
export const listRecipientSchema = sourceRecipientSchema.omit({ key: true }).extend({
  /** Checked as the campaign is prepared, like any source's: a bad address is left out, not the whole list refused. */
  address: z.string().max(320)
});
export type ListRecipient = z.infer<typeof listRecipientSchema>;

/** What a caller starts; the HTML is sanitised by the caller (the newsletter editor), sent as given. */
export const campaignInputSchema = z.object({
  organisationId: z.uuid(),
  kind: z.string().min(1).max(60),
  sourceId: z.string().min(1).max(200),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(200_000),
  html: z.string().max(500_000).optional(),
  fromName: z.string().min(1).max(200).optional(),
  replyTo: z.email().optional(),
  /** Only with kind 'list'. */
  recipients: z.array(listRecipientSchema).max(100_000).optional()
});
export type CampaignInput = z.input<typeof campaignInputSchema>;

export const campaignJobSchema = z.object({ campaignId: z.uuid() });
