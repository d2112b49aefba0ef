// Input of the umbrella, contact people, moderators and study-day presentations (ADR 052).
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { optionalEmailSchema } from '../organisations/schema';
import { emailSchema } from '../people/schema';

const id = (key: Parameters<typeof errorKey>[0]) => z.uuid({ error: errorKey(key) });
const optionalId = (key: Parameters<typeof errorKey>[0]) =>
  z.string().trim().default('').transform((v) => (v === '' ? null : v)).pipe(id(key).nullable());

export const contactAddSchema = z.object({
  name: z.string().trim().min(2, { error: errorKey('provincialContactNameRequired') }).max(120, { error: errorKey('nameTooLong') }),
  role: z.string().trim().max(120, { error: errorKey('nameTooLong') }).default('').transform((v) => (v === '' ? null : v)),
  email: optionalEmailSchema
});

export const contactRemoveSchema = z.object({ contact: id('provincialContactGone') });

export const moderatorGrantSchema = z.object({ email: emailSchema });

export const moderatorRevokeSchema = z.object({ person: id('provincialModeratorGone') });

/** The umbrella a network belongs to; empty for none. */
export const parentSchema = z.object({ parentId: optionalId('provincialParentInvalid') });

/** One session of a study day: the network that presents it (empty: none) and its practice example. */
export const presentationSchema = z.object({
  item: id('provincialSessionGone'),
  networkId: optionalId('provincialNetworkInvalid'),
  exampleId: optionalId('provincialExampleInvalid')
});

export type ContactInput = z.infer<typeof contactAddSchema>;
export type PresentationInput = z.infer<typeof presentationSchema>;
