import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { contactRoles } from '../network-map/rules';
import { questionTypes } from './rules';

const text = (max: number) => z.string().trim().max(max, { error: errorKey('textTooLong') }).default('');
const optionalId = (key: Parameters<typeof errorKey>[0]) =>
  z.string().trim().default('').transform((v) => (v === '' ? null : v)).pipe(z.uuid({ error: errorKey(key) }).nullable());

/** A line of the wegwijzer: the question, who in the school takes it up, and the partner it refers to. */
export const wegwijzerRowSchema = z.object({
  questionType: z.enum(questionTypes, { error: errorKey('wegwijzerTypeInvalid') }),
  question: text(200),
  keywords: text(300),
  role: z.enum(contactRoles, { error: errorKey('wegwijzerRoleInvalid') }),
  personId: optionalId('wegwijzerPersonInvalid'),
  linkId: optionalId('wegwijzerLinkInvalid'),
  approach: text(300).meta(multiline)
}).superRefine((v, ctx) => {
  if (v.questionType === 'eigen' && v.question.length < 2) ctx.addIssue({ code: 'custom', path: ['question'], message: errorKey('wegwijzerOwnQuestionRequired') });
});
export type WegwijzerRowInput = z.infer<typeof wegwijzerRowSchema>;

export const wegwijzerRowChoiceSchema = z.object({ rowId: z.uuid({ error: errorKey('wegwijzerRowNotFound') }) });

/** Handing the duties of a keeper who left to another member of the team. */
export const keeperHandoverSchema = z.object({
  leftPersonId: z.uuid({ error: errorKey('handoverNotOrphaned') }),
  personId: z.uuid({ error: errorKey('mapKeeperNotStaff') })
});
export const keeperDutyEndSchema = z.object({ leftPersonId: z.uuid({ error: errorKey('handoverNotOrphaned') }) });

/** The facts of a directory partner every school shares (ADR 036): corrected, never per school. */
export const partnerFactsSchema = z.object({
  name: z.string().trim().min(2, { error: errorKey('mapPartnerRequired') }).max(160, { error: errorKey('textTooLong') }),
  municipality: text(100),
  website: z.string().trim().max(300, { error: errorKey('urlInvalid') }).default('').transform((v) => (v === '' ? null : v))
    .pipe(z.url({ protocol: /^https?$/, error: errorKey('urlInvalid') }).nullable()),
  contact: text(200).transform((v) => v || null)
});
export type PartnerFactsInput = z.infer<typeof partnerFactsSchema>;
