import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { spamBrakeFields } from '$lib/server/spam-brakes';
import { emailSchema } from '../people/schema';
import { subscriptionStatuses } from './rules';

const optionalName = z.string().trim().max(120, { error: errorKey('nameTooLong') }).default('');
const localeSchema = z.enum(['nl', 'en'], { error: errorKey('subscriptionLocaleInvalid') });

/**
 * The public subscription form: an address, a name if the person likes, the newsletter's
 * language, and the spam brakes of the public forms (honeypot `website`, signed `ticket`).
 */
export const subscribeSchema = z.object({ email: emailSchema, name: optionalName, locale: localeSchema, ...spamBrakeFields });
export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** RFC 8058: the one-click POST carries exactly this field; the page's own button posts the same. */
export const oneClickSchema = z.object({
  'List-Unsubscribe': z.literal('One-Click', { error: errorKey('subscriptionOneClickRequired') })
});

export const preferencesSchema = z.object({ name: optionalName, locale: localeSchema });

/** What the preference page's buttons do: pause, resume, unsubscribe or subscribe again. */
export const subscriptionChanges = ['pause', 'resume', 'unsubscribe', 'resubscribe'] as const;
export const subscriptionChangeSchema = z.object({ change: z.enum(subscriptionChanges, { error: errorKey('subscriptionChangeInvalid') }) });
export type SubscriptionChange = (typeof subscriptionChanges)[number];

/** The workspace list (a GET): a bad filter or page is the default, never an error. */
export const subscribersSearchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(subscriptionStatuses).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const removeSubscriberSchema = z.object({ subscriptionId: z.uuid({ error: errorKey('subscriberNotFound') }) });
