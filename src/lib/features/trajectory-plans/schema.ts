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

const reflectionId = z.uuid({ error: errorKey('trajectoryPlansReflectionNotFound') });

/** A reflection's new date and text, by its author: the same checks as a new one. */
export const reflectionEditSchema = reflectionSchema.omit({ actionId: true }).extend({ reflectionId });

export type ReflectionEditInput = z.infer<typeof reflectionEditSchema>;

/** Deleting a reflection: only it goes, so no confirmation box. */
export const reflectionDeleteSchema = z.object({ reflectionId });

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

// Editing the plan and its evidence (ADR 054).

const goalId = z.uuid({ error: errorKey('trajectoriesGoalNotFound') });
const checked = z.union([z.literal('on'), z.literal('true')]).optional().transform((v) => v !== undefined);

/** A goal's theme (one of the offer's, checked by the mutation) and title. */
export const goalEditSchema = z.object({
  goalId,
  theme: trimmed(1, 120, 'trajectoriesThemeInvalid'),
  title: trimmed(3, 300, 'trajectoriesGoalRequired')
});

export type GoalEditInput = z.infer<typeof goalEditSchema>;

/** Deleting a goal: only an empty one (its actions go first), so nothing else disappears with it. */
export const goalDeleteSchema = z.object({ goalId });

/** An action's title, lead (a workgroup member, checked by the mutation) and deadline. */
export const actionEditSchema = z.object({
  actionId,
  title: trimmed(3, 300, 'trajectoriesActionRequired'),
  ownerId: z.uuid({ error: errorKey('trajectoriesOwnerRequired') }),
  deadline: isoDate
});

export type ActionEditInput = z.infer<typeof actionEditSchema>;

/** Deleting an action takes its reflections, partner and evidence file with it: a ticked confirmation first. */
export const actionDeleteSchema = z.object({
  actionId,
  confirm: z.literal('on', { error: errorKey('trajectoryPlansConfirmDelete') })
});

/**
 * Where an action stands: status, spreading and the evidence note. The file is read from the raw
 * form; "beyond the workgroup needs evidence" is checked by the mutation, where the stored file is known.
 */
export const actionProgressSchema = z.object({
  actionId,
  status: z.enum(['gepland', 'bezig', 'klaar', 'gestopt'], { error: errorKey('trajectoriesActionStatusInvalid') }),
  reach: z.enum(['werkgroep', 'collegas', 'team', 'schoolbeleid'], { error: errorKey('trajectoriesReachInvalid') }),
  evidence: z.string({ error: errorKey('trajectoriesTextTooLong') }).trim().max(3000, { error: errorKey('trajectoriesTextTooLong') }).default('').meta(multiline),
  removeFile: checked
});

export type ActionProgressInput = z.infer<typeof actionProgressSchema>;
