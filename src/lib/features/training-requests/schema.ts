import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { planTimes } from './rules';

const trimmed = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });

const dateSchema = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const timeSchema = z.string({ error: errorKey('timeInvalid') }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: errorKey('timeInvalid') });

export const trainingKinds = ['thematisch', 'praktisch'] as const;

export const trainingRequestSchema = z.object({
  organisationId: z.uuid({ error: errorKey('communityOrganisationRequired') }),
  kind: z.enum(trainingKinds, { error: errorKey('communityKindInvalid') }),
  theme: trimmed(3, 200, 'communityThemeRequired'),
  audience: trimmed(2, 300, 'communityAudienceRequired'),
  preferredPeriod: trimmed(2, 120, 'communityPeriodRequired'),
  message: z.string().trim().max(2000, { error: errorKey('communityMessageTooLong') }).default('')
});

export type TrainingRequestInput = z.infer<typeof trainingRequestSchema>;

export const requestIdSchema = z.object({ requestId: z.uuid({ error: errorKey('communityRequestNotFound') }) });

/** Accepting a request is planning it: the practical details of the school-only training. */
export const planTrainingSchema = requestIdSchema.extend({
  title: trimmed(3, 200, 'communityTitleRequired'),
  startDate: dateSchema,
  startTime: timeSchema,
  endDate: dateSchema,
  endTime: timeSchema,
  location: trimmed(2, 200, 'communityLocationRequired'),
  capacity: z.coerce.number({ error: errorKey('communityCapacityInvalid') }).int({ error: errorKey('communityCapacityInvalid') })
    .min(1, { error: errorKey('communityCapacityInvalid') }).max(1000, { error: errorKey('communityCapacityInvalid') }),
  deadlineDate: dateSchema
}).transform((plan, ctx) => {
  // The times are part of the input's validity, so every caller (not only the page) checks them.
  const times = planTimes(plan, new Date());
  if (!times.ok) {
    ctx.addIssue({ code: 'custom', path: [times.field], message: times.key });
    return z.NEVER;
  }
  const { requestId, title, location, capacity } = plan;
  return { requestId, plan: { title, location, capacity, startsAt: times.startsAt, endsAt: times.endsAt, registrationDeadline: times.registrationDeadline } };
});

export type PlanTrainingInput = z.infer<typeof planTrainingSchema>;
