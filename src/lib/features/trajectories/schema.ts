import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { schoolYearSchema } from '../calendar/schema';
import { linesOf } from './rules';

const trimmed = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });

/** A textarea of items, one per line: between `min` and `max` items of at most 120 characters. */
const lines = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).max(4000, { error: key }).transform((text, ctx) => {
    const items = linesOf(text);
    if (items.length < min || items.length > max || items.some((item) => item.length > 120)) {
      ctx.addIssue({ code: 'custom', message: key });
      return z.NEVER;
    }
    return items;
  }).meta(multiline);

/** An empty choice is "any": no condition of that kind. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, key: ErrorKey) =>
  z.union([z.literal(''), z.enum(values)], { error: key }).default('').transform((v) => (v === '' ? null : (v as T[number])));

const places = z.coerce.number({ error: errorKey('trajectoriesPlacesInvalid') }).int({ error: errorKey('trajectoriesPlacesInvalid') })
  .min(1, { error: errorKey('trajectoriesPlacesInvalid') }).max(200, { error: errorKey('trajectoriesPlacesInvalid') });
const optionalYear = z.union([z.literal(''), schoolYearSchema]).default('');
const optionalPlaces = z.union([z.literal(''), places]).default('');

export const offerSchema = z.object({
  title: trimmed(3, 200, 'trajectoriesTitleRequired'),
  summary: trimmed(10, 500, 'trajectoriesSummaryRequired'),
  description: trimmed(20, 5000, 'trajectoriesDescriptionRequired').meta(multiline),
  themes: lines(1, 12, 'trajectoriesThemesInvalid'),
  partners: lines(0, 10, 'trajectoriesPartnersInvalid'),
  intensityOptions: lines(1, 8, 'trajectoriesIntensityInvalid'),
  eligibleCountry: optionalChoice(['BE', 'NL', 'other'] as const, 'trajectoriesCountryInvalid'),
  eligibleMunicipality: z.string({ error: errorKey('trajectoriesMunicipalityInvalid') }).trim()
    .max(100, { error: errorKey('trajectoriesMunicipalityInvalid') }).default('').transform((v) => v || null),
  eligibleLevel: optionalChoice(['basis', 'secundair', 'buitengewoon'] as const, 'trajectoriesLevelInvalid'),
  year1: schoolYearSchema,
  places1: places,
  year2: optionalYear,
  places2: optionalPlaces,
  year3: optionalYear,
  places3: optionalPlaces
}).transform((offer, ctx) => {
  // Start years come as up to three pairs; a year without places (or the same year twice) is refused at its field.
  const startYears: { schoolYear: number; places: number }[] = [{ schoolYear: offer.year1, places: offer.places1 }];
  for (const n of [2, 3] as const) {
    const year = offer[`year${n}`], count = offer[`places${n}`];
    if (year === '' && count === '') continue;
    if (year === '' || count === '') {
      ctx.addIssue({ code: 'custom', path: [year === '' ? `year${n}` : `places${n}`], message: errorKey(year === '' ? 'schoolYearInvalid' : 'trajectoriesPlacesInvalid') });
      return z.NEVER;
    }
    if (startYears.some((y) => y.schoolYear === year)) {
      ctx.addIssue({ code: 'custom', path: [`year${n}`], message: errorKey('trajectoriesYearTwice') });
      return z.NEVER;
    }
    startYears.push({ schoolYear: year, places: count });
  }
  const { year1: _1, places1: _p1, year2: _2, places2: _p2, year3: _3, places3: _p3, ...details } = offer;
  return { ...details, startYears: startYears.sort((a, b) => a.schoolYear - b.schoolYear) };
});

export type OfferInput = z.infer<typeof offerSchema>;

/**
 * The application: the start year, the school's questions and expectations (the intake's
 * preparation) and the ambassador; the proposed workgroup is the `workgroup` checkboxes, read from
 * the raw form (a list) and checked against the school's staff by the mutation.
 */
export const applicationSchema = z.object({
  schoolYear: z.coerce.number({ error: errorKey('trajectoriesStartYearRequired') }).int({ error: errorKey('trajectoriesStartYearRequired') })
    .min(2000, { error: errorKey('trajectoriesStartYearRequired') }).max(2100, { error: errorKey('trajectoriesStartYearRequired') }),
  questions: trimmed(10, 3000, 'trajectoriesQuestionsRequired').meta(multiline),
  expectations: trimmed(10, 3000, 'trajectoriesExpectationsRequired').meta(multiline),
  ambassador: z.uuid({ error: errorKey('trajectoriesAmbassadorRequired') })
});

export type ApplicationInput = z.infer<typeof applicationSchema>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticked workgroup members; anything that is not an id cannot be a staff member and is dropped. */
export function workgroupFrom(data: FormData): string[] {
  return [...new Set(data.getAll('workgroup').filter((v): v is string => typeof v === 'string' && uuidPattern.test(v)).map((v) => v.toLowerCase()))].slice(0, 50);
}

export const trajectoryIdSchema = z.object({ trajectoryId: z.uuid({ error: errorKey('trajectoriesApplicationNotFound') }) });

export const acceptSchema = trajectoryIdSchema.extend({ coachId: z.uuid({ error: errorKey('trajectoriesCoachRequired') }) });

export const refuseSchema = trajectoryIdSchema.extend({ reason: trimmed(10, 1000, 'trajectoriesReasonRequired').meta(multiline) });

const isoDate = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const longText = (min: number, key: ErrorKey) => trimmed(min, 3000, key).meta(multiline);
const optionalText = (key: ErrorKey) => z.string({ error: key }).trim().max(3000, { error: key }).default('').meta(multiline);

export const intakeSchema = z.object({
  heldOn: isoDate,
  schoolExpectations: longText(5, 'trajectoriesIntakeTextRequired'),
  coachExpectations: longText(5, 'trajectoriesIntakeTextRequired'),
  supportQuestions: longText(5, 'trajectoriesIntakeTextRequired'),
  intensity: trimmed(2, 200, 'trajectoriesIntensityRequired'),
  rhythm: trimmed(2, 200, 'trajectoriesRhythmRequired')
});

export type IntakeInput = z.infer<typeof intakeSchema>;

export const logbookKinds = ['samen-uitproberen', 'observatie', 'intervisie', 'coaching', 'werkgroepoverleg'] as const;
const scaffoldSteps = ['incident', 'questions', 'analysis', 'advice', 'takeaway'] as const;

/** A logbook entry; an intervision fills the incident method's five steps, the other kinds leave them out. */
export const logbookEntrySchema = z.object({
  kind: z.enum(logbookKinds, { error: errorKey('trajectoriesKindInvalid') }),
  heldOn: isoDate,
  participants: trimmed(2, 500, 'trajectoriesParticipantsRequired'),
  done: longText(5, 'trajectoriesDoneRequired'),
  learned: optionalText('trajectoriesTextTooLong'),
  nextSteps: optionalText('trajectoriesTextTooLong'),
  shared: z.enum(['werkgroep', 'begeleider'], { error: errorKey('trajectoriesVisibilityInvalid') }).transform((v) => v === 'werkgroep'),
  incident: optionalText('trajectoriesTextTooLong'),
  questions: optionalText('trajectoriesTextTooLong'),
  analysis: optionalText('trajectoriesTextTooLong'),
  advice: optionalText('trajectoriesTextTooLong'),
  takeaway: optionalText('trajectoriesTextTooLong')
}).transform((entry, ctx) => {
  const { incident, questions, analysis, advice, takeaway, ...rest } = entry;
  if (entry.kind !== 'intervisie') return { ...rest, intervision: null };
  const scaffold = { incident, questions, analysis, advice, takeaway };
  const missing = scaffoldSteps.find((step) => scaffold[step].length < 2);
  if (missing) {
    ctx.addIssue({ code: 'custom', path: [missing], message: errorKey('trajectoriesScaffoldRequired') });
    return z.NEVER;
  }
  return { ...rest, intervision: scaffold };
});

export type LogbookEntryInput = z.infer<typeof logbookEntrySchema>;

export const goalSchema = z.object({
  theme: trimmed(1, 120, 'trajectoriesThemeInvalid'),
  title: trimmed(3, 300, 'trajectoriesGoalRequired')
});

export type GoalInput = z.infer<typeof goalSchema>;

export const planActionSchema = z.object({
  goalId: z.uuid({ error: errorKey('trajectoriesGoalNotFound') }),
  title: trimmed(3, 300, 'trajectoriesActionRequired'),
  ownerId: z.uuid({ error: errorKey('trajectoriesOwnerRequired') }),
  deadline: isoDate
});

export type PlanActionInput = z.infer<typeof planActionSchema>;

