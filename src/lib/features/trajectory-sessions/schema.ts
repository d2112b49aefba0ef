import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { confirmCalendarSchema, schoolYearSchema } from '../calendar/schema';
import { brusselsInstant } from '$lib/kernel/time';
import { logbookKinds } from '../trajectories/schema';
import { sessionLimits } from './rules';

// The poll's answers and their form come from the pre-meeting poll (one radio group per date).
export { votesSchema, voteField } from '../pre-meetings/schema';

const dateSchema = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const timeSchema = z.string({ error: errorKey('timeInvalid') }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: errorKey('timeInvalid') });

/** A new session: its kind, where it takes place and how long it lasts; the dates follow in the poll. */
export const sessionSchema = z.object({
  kind: z.enum(logbookKinds, { error: errorKey('trajectoriesKindInvalid') }),
  location: z.string({ error: errorKey('sessionLocationRequired') }).trim().min(2, { error: errorKey('sessionLocationRequired') })
    .max(sessionLimits.locationMaxLength, { error: errorKey('sessionLocationRequired') }),
  durationMinutes: z.coerce.number({ error: errorKey('sessionDurationInvalid') }).int({ error: errorKey('sessionDurationInvalid') })
    .min(sessionLimits.minMinutes, { error: errorKey('sessionDurationInvalid') }).max(sessionLimits.maxMinutes, { error: errorKey('sessionDurationInvalid') })
});
export type SessionInput = z.infer<typeof sessionSchema>;

const sessionId = z.uuid({ error: errorKey('sessionNotFound') });

/** A candidate date as typed (Brussels wall-clock time), turned into an instant. */
export const sessionOptionSchema = z.object({ sessionId, date: dateSchema, time: timeSchema, confirmCalendar: confirmCalendarSchema })
  .transform(({ sessionId, date, time, confirmCalendar }) => ({ sessionId, startsAt: brusselsInstant(date, time), confirmCalendar }));

export const sessionOptionIdSchema = z.object({ optionId: z.uuid({ error: errorKey('sessionOptionNotFound') }) });

const text = (min: number, key: ErrorKey) => z.string({ error: errorKey(key) }).trim()
  .min(min, { error: errorKey(key) }).max(sessionLimits.observationMaxLength, { error: errorKey('trajectoriesTextTooLong') }).meta(multiline);
const optional = z.string().trim().max(sessionLimits.observationMaxLength, { error: errorKey('trajectoriesTextTooLong') }).default('').meta(multiline);

/**
 * The observation form. The teacher is a workgroup member the coach names (the mutation checks
 * membership); the teacher filling it in later keeps themselves, so the field may stay empty then.
 */
export const observationSchema = z.object({
  teacherId: z.union([z.literal(''), z.uuid({ error: errorKey('observationTeacherRequired') })]).default('').transform((v) => (v === '' ? null : v)),
  lesson: text(3, 'observationLessonRequired'),
  focus: text(3, 'observationFocusRequired'),
  observed: text(5, 'observationObservedRequired'),
  worked: text(5, 'observationWorkedRequired'),
  reflection: optional,
  agreements: optional
});
export type ObservationInput = z.infer<typeof observationSchema>;

export const crossSchoolNetworkSchema = z.object({ schoolYear: schoolYearSchema });
