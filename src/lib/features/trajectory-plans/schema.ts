import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';

const trimmed = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });
const isoDate = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  // Zod runs a refinement even after the regex failed: parse first, so a malformed value is refused, never thrown on.
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const actionId = z.uuid({ error: errorKey('trajectoriesActionNotFound') });

/** A dated reflection on one action of the plan. */
export const reflectionSchema = z.object({
  actionId,
  writtenOn: isoDate,
  text: trimmed(5, 3000, 'trajectoryPlansReflectionRequired').meta(multiline)
});

export type ReflectionInput = z.infer<typeof reflectionSchema>;

/** The partner of the school's network map an action involves; empty is none. */
export const actionPartnerSchema = z.object({
  actionId,
  mapLinkId: z.union([z.literal(''), z.uuid({ error: errorKey('trajectoryPlansPartnerUnknown') })], { error: errorKey('trajectoryPlansPartnerUnknown') })
    .default('').transform((v) => v || null)
});

export type ActionPartnerInput = z.infer<typeof actionPartnerSchema>;

/** One side's closing evaluation: what the trajectory brought, and how the school goes on. */
export const evaluationSchema = z.object({
  outcome: trimmed(20, 5000, 'trajectoryPlansOutcomeRequired').meta(multiline),
  continuation: trimmed(10, 3000, 'trajectoryPlansContinuationRequired').meta(multiline)
});

export type EvaluationInput = z.infer<typeof evaluationSchema>;
