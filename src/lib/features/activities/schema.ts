// Input of the organiser's activity editor. Messages are i18n error keys (activities area).
// Dates and times are Brussels wall-clock time, turned into instants by the kernel.
import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { confirmCalendarSchema } from '../calendar/schema';
import { parseEuroCents } from '$lib/kernel/money';
import { brusselsInstant } from '$lib/kernel/time';
import { institutionNumberSchema } from '../schools/schema';

export const activityKinds = ['studiereis', 'vorming', 'uitwisselingsdag', 'studiedag', 'infosessie'] as const;
export const programmeKinds = ['bezoek', 'uitwisseling', 'lezing', 'sessie', 'andere'] as const;
export const questionKinds = ['short', 'long', 'choice'] as const;
export const visibilities = ['public', 'network', 'school'] as const;

export const capacityLimit = 10_000;
export const optionLimits = { min: 2, max: 20, length: 200 } as const;

const text = (max: number) => z.string().trim().max(max, { error: errorKey('textTooLong') }).default('');
const optionalText = (max: number) => text(max).transform((v) => (v === '' ? null : v));

const dateSchema = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const timeSchema = z.string({ error: errorKey('timeInvalid') }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: errorKey('timeInvalid') });
const optionalDate = z.string().trim().default('').refine((v) => v === '' || dateSchema.safeParse(v).success, { error: errorKey('dateInvalid') });
const optionalTime = z.string().trim().default('').refine((v) => v === '' || timeSchema.safeParse(v).success, { error: errorKey('timeInvalid') });

/** An online link: https only (a meeting link over plain http leaks who joins). */
const onlineUrlSchema = z.string().trim().max(500, { error: errorKey('activitiesOnlineUrlInvalid') }).default('')
  .transform((v) => (v === '' ? null : v))
  .pipe(z.url({ protocol: /^https$/, error: errorKey('activitiesOnlineUrlInvalid') }).nullable());

/** A price in euro as typed ("695", "695,50"; empty or 0 is free) → cents. */
export const euroSchema = (key: ErrorKey) => z.string({ error: key }).default('').transform((v, ctx) => {
  const cents = parseEuroCents(v);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: key });
    return z.NEVER;
  }
  return cents;
});

const capacitySchema = (key: ErrorKey) => z.string({ error: key }).trim().regex(/^\d{1,5}$/, { error: key })
  .transform(Number).pipe(z.number().int().min(1, { error: key }).max(capacityLimit, { error: key }));

/** "What you will learn": one per line, empty lines dropped. */
const linesSchema = z.string().max(4000, { error: errorKey('textTooLong') }).default('')
  .transform((v) => v.split('\n').map((l) => l.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(300, { error: errorKey('textTooLong') })).max(20, { error: errorKey('activitiesTooManyLines') }));

const activityFields = z.object({
  kind: z.enum(activityKinds, { error: errorKey('activitiesKindInvalid') }),
  title: z.string({ error: errorKey('activitiesTitleRequired') }).trim().min(3, { error: errorKey('activitiesTitleRequired') }).max(160, { error: errorKey('textTooLong') }),
  summary: text(300),
  description: text(10_000).meta(multiline),
  audience: text(2000).meta(multiline),
  goals: text(4000).meta(multiline),
  learnings: linesSchema.meta(multiline),
  location: optionalText(300),
  onlineUrl: onlineUrlSchema,
  startDate: dateSchema,
  startTime: timeSchema,
  endDate: dateSchema,
  endTime: timeSchema,
  price: euroSchema('activitiesPriceInvalid'),
  priceCovers: text(1000),
  capacity: capacitySchema('activitiesCapacityInvalid'),
  // How long a registration without an account holds its seat unconfirmed (ADR 029); empty: 48 hours.
  guestConfirmHours: z.string({ error: errorKey('activitiesGuestHoursInvalid') }).trim().default('')
    .transform((v) => (v === '' ? '48' : v)).pipe(z.string().regex(/^\d{1,3}$/, { error: errorKey('activitiesGuestHoursInvalid') }))
    .transform(Number).pipe(z.number().int().min(1, { error: errorKey('activitiesGuestHoursInvalid') }).max(336, { error: errorKey('activitiesGuestHoursInvalid') })),
  deadlineDate: dateSchema,
  deadlineTime: timeSchema,
  // Whether the registration form asks who comes together with a municipality (ADR 030).
  municipalPairs: z.literal('on', { error: errorKey('invalidInput') }).optional().transform((v) => v === 'on'),
  visibility: z.enum(visibilities, { error: errorKey('activitiesVisibilityInvalid') }),
  networkId: z.string().trim().default(''),
  institutionNumber: z.string().trim().default(''),
  confirmCalendar: confirmCalendarSchema
});

type ActivityFields = z.output<typeof activityFields>;
const isDate = (v: unknown) => dateSchema.safeParse(v).success;
const isTime = (v: unknown) => timeSchema.safeParse(v).success;

/**
 * Rules across fields. They run even when another field failed (`when`), so the organiser sees every
 * problem at once; each rule only looks at fields that parsed, as a failed field holds its raw input.
 */
function checkActivityRules(v: ActivityFields, ctx: z.RefinementCtx<ActivityFields>): void {
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
  if (v.location === null && v.onlineUrl === null) issue('location', 'activitiesWhereRequired');
  const at = (date: string, time: string) => (isDate(date) && isTime(time) ? brusselsInstant(date, time).getTime() : null);
  const startsAt = at(v.startDate, v.startTime);
  const endsAt = at(v.endDate, v.endTime);
  const deadline = at(v.deadlineDate, v.deadlineTime);
  if (startsAt !== null && endsAt !== null && endsAt <= startsAt) issue('endDate', 'activitiesEndBeforeStart');
  if (startsAt !== null && deadline !== null && deadline >= startsAt) issue('deadlineDate', 'activitiesDeadlineAfterStart');
  if (v.visibility === 'network' && !z.uuid().safeParse(v.networkId).success) issue('networkId', 'activitiesNetworkRequired');
  if (v.visibility === 'school' && !institutionNumberSchema.safeParse(v.institutionNumber).success) issue('institutionNumber', 'institutionNumberInvalid');
}

export const activityFormSchema = activityFields.superRefine(checkActivityRules, { when: () => true }).transform((v) => {
  const network = z.uuid().safeParse(v.networkId);
  const school = institutionNumberSchema.safeParse(v.institutionNumber);
  return {
    kind: v.kind, title: v.title, summary: v.summary, description: v.description, audience: v.audience, goals: v.goals,
    learnings: v.learnings, location: v.location, onlineUrl: v.onlineUrl,
    startsAt: brusselsInstant(v.startDate, v.startTime), endsAt: brusselsInstant(v.endDate, v.endTime),
    registrationDeadline: brusselsInstant(v.deadlineDate, v.deadlineTime),
    priceCents: v.price, priceCovers: v.priceCovers, capacity: v.capacity, guestConfirmHours: v.guestConfirmHours, municipalPairs: v.municipalPairs, visibility: v.visibility,
    networkId: v.visibility === 'network' && network.success ? network.data : null,
    institutionNumber: v.visibility === 'school' && school.success ? school.data : null,
    confirmCalendar: v.confirmCalendar
  };
});

export type ActivityInput = z.infer<typeof activityFormSchema>;

/** A programme part; the time may come without a date (then it is on the activity's first day). */
export const programmePartSchema = z.object({
  kind: z.enum(programmeKinds, { error: errorKey('activitiesPartKindInvalid') }),
  title: z.string({ error: errorKey('activitiesPartTitleRequired') }).trim().min(2, { error: errorKey('activitiesPartTitleRequired') }).max(200, { error: errorKey('textTooLong') }),
  description: text(2000).meta(multiline),
  date: optionalDate,
  time: optionalTime,
  place: optionalText(200),
  presenter: optionalText(200)
}).refine((v) => v.date === '' || v.time !== '', { path: ['time'], error: errorKey('activitiesPartTimeRequired') });

export type ProgrammePartInput = z.infer<typeof programmePartSchema>;

/** Options of a choice question, one per line; repeated lines count once. */
const optionsSchema = z.string().max(5000, { error: errorKey('textTooLong') }).default('')
  .transform((v) => [...new Set(v.split('\n').map((l) => l.trim()).filter(Boolean))]);

export const questionSchema = z.object({
  kind: z.enum(questionKinds, { error: errorKey('activitiesQuestionKindInvalid') }),
  label: z.string({ error: errorKey('activitiesQuestionLabelRequired') }).trim().min(2, { error: errorKey('activitiesQuestionLabelRequired') }).max(300, { error: errorKey('textTooLong') }),
  options: optionsSchema.meta(multiline),
  required: z.literal('on').optional().transform((v) => v === 'on'),
  dependsOnQuestionId: z.string().trim().default('').refine((v) => v === '' || z.uuid().safeParse(v).success, { error: errorKey('activitiesConditionUnknown') })
    .transform((v) => (v === '' ? null : v)),
  dependsOnAnswer: optionalText(300)
}).transform((v, ctx) => {
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
  if (v.kind === 'choice' && (v.options.length < optionLimits.min || v.options.length > optionLimits.max)) issue('options', 'activitiesOptionsCount');
  if (v.options.some((o) => o.length > optionLimits.length)) issue('options', 'activitiesOptionTooLong');
  if (v.dependsOnQuestionId === null && v.dependsOnAnswer !== null) issue('dependsOnQuestionId', 'activitiesConditionQuestionRequired');
  if (v.dependsOnQuestionId !== null && v.dependsOnAnswer === null) issue('dependsOnAnswer', 'activitiesConditionAnswerRequired');
  // Options only mean something for a choice question; a text question keeps none.
  return { ...v, options: v.kind === 'choice' ? v.options : [] };
});

export type QuestionInput = z.infer<typeof questionSchema>;

export const extraSchema = z.object({
  title: z.string({ error: errorKey('activitiesExtraTitleRequired') }).trim().min(2, { error: errorKey('activitiesExtraTitleRequired') }).max(200, { error: errorKey('textTooLong') }),
  date: optionalDate.transform((v) => (v === '' ? null : v)),
  price: euroSchema('activitiesPriceInvalid'),
  capacity: z.string().trim().default('').transform((v, ctx) => {
    if (v === '') return null;
    const parsed = capacitySchema('activitiesExtraCapacityInvalid').safeParse(v);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: errorKey('activitiesExtraCapacityInvalid') });
    return z.NEVER;
  })
});

export type ExtraInput = z.infer<typeof extraSchema>;

/** Which item a form acts on; an unreadable id is simply an item that does not exist. */
export const itemIdSchema = z.object({ id: z.uuid({ error: errorKey('activitiesItemNotFound') }) });

export const moveSchema = itemIdSchema.extend({ direction: z.enum(['up', 'down'], { error: errorKey('activitiesItemNotFound') }) });

export const isItemId = (id: unknown): id is string => itemIdSchema.shape.id.safeParse(id).success;

/**
 * An edit form: its fields and the id of the item it edits. The id never fails here: the mutation
 * treats an unreadable one as an item that does not exist (a 404, after the fields' own checks).
 */
export const withItemId = <S extends z.ZodType<object>>(fields: S) =>
  z.intersection(fields, z.object({ id: z.unknown().transform((v) => (typeof v === 'string' ? v : '')) }));
