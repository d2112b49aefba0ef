import { z } from 'zod';

const trimmed = (min: number, max: number, key: string) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });

const dateSchema = z.string({ error: 'dateInvalid' }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateInvalid' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'dateInvalid' });
const timeSchema = z.string({ error: 'timeInvalid' }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'timeInvalid' });

export const trainingKinds = ['thematisch', 'praktisch'] as const;

export const trainingRequestSchema = z.object({
  organisationId: z.uuid({ error: 'communityOrganisationRequired' }),
  kind: z.enum(trainingKinds, { error: 'communityKindInvalid' }),
  theme: trimmed(3, 200, 'communityThemeRequired'),
  audience: trimmed(2, 300, 'communityAudienceRequired'),
  preferredPeriod: trimmed(2, 120, 'communityPeriodRequired'),
  message: z.string().trim().max(2000, { error: 'communityMessageTooLong' }).default('')
});

export type TrainingRequestInput = z.infer<typeof trainingRequestSchema>;

export const requestIdSchema = z.object({ requestId: z.uuid({ error: 'communityRequestNotFound' }) });

/** Accepting a request is planning it: the practical details of the school-only training. */
export const planTrainingSchema = requestIdSchema.extend({
  title: trimmed(3, 200, 'communityTitleRequired'),
  startDate: dateSchema,
  startTime: timeSchema,
  endDate: dateSchema,
  endTime: timeSchema,
  location: trimmed(2, 200, 'communityLocationRequired'),
  capacity: z.coerce.number({ error: 'communityCapacityInvalid' }).int({ error: 'communityCapacityInvalid' })
    .min(1, { error: 'communityCapacityInvalid' }).max(1000, { error: 'communityCapacityInvalid' }),
  deadlineDate: dateSchema
});

export type PlanTrainingInput = z.infer<typeof planTrainingSchema>;
