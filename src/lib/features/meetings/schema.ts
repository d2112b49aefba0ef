import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { confirmCalendarSchema } from '../calendar/schema';
import { optionalUrlSchema } from '../organisations/schema';
import { validateAgenda } from './rules';

const dateSchema = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const timeSchema = z.string({ error: errorKey('timeInvalid') }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: errorKey('timeInvalid') });
const questionSchema = z.string({ error: errorKey('learningQuestionRequired') }).trim().min(5, { error: errorKey('learningQuestionRequired') }).max(500, { error: errorKey('textTooLong') });

/** Agenda as typed by a facilitator: one item per line, minutes first ("15 Welkom en kennismaking"). */
export const agendaTextSchema = z.string().max(10_000, { error: errorKey('textTooLong') }).default('').transform((text, ctx) => {
  const items: { minutes: number; title: string }[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = line.match(/^(\d{1,3})\s*(?:min\.?|minuten|')?\s*[-–:]?\s*(.+)$/i);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: errorKey('agendaInvalid') });
      return z.NEVER;
    }
    items.push({ minutes: Number(match[1]), title: match[2]!.slice(0, 200) });
  }
  if (items.length > 0 && !validateAgenda(items).ok) {
    ctx.addIssue({ code: 'custom', message: errorKey('agendaInvalid') });
    return z.NEVER;
  }
  return items;
});

export const planMeetingsSchema = z.object({
  date1: dateSchema, time1: timeSchema, question1: questionSchema,
  date2: dateSchema, time2: timeSchema, question2: questionSchema,
  date3: dateSchema, time3: timeSchema, question3: questionSchema,
  confirmCalendar: confirmCalendarSchema
});

export const meetingDetailsSchema = z.object({
  date: dateSchema,
  time: timeSchema,
  durationMinutes: z.coerce.number({ error: errorKey('durationInvalid') }).int({ error: errorKey('durationInvalid') }).min(15, { error: errorKey('durationInvalid') }).max(480, { error: errorKey('durationInvalid') }),
  onlineUrl: optionalUrlSchema,
  learningQuestion: questionSchema,
  moderatorName: z.string().trim().max(120, { error: errorKey('nameTooLong') }).transform((v) => (v === '' ? null : v)),
  agenda: agendaTextSchema,
  confirmCalendar: confirmCalendarSchema
});

export const submissionSchema = z.object({
  kind: z.enum(['question', 'experience'], { error: errorKey('submissionKindInvalid') }),
  body: z.string({ error: errorKey('submissionRequired') }).trim().min(5, { error: errorKey('submissionRequired') }).max(2000, { error: errorKey('textTooLong') })
});

export const submissionThemeSchema = z.object({
  submissionId: z.uuid({ error: errorKey('submissionNotFound') }),
  theme: z.string().trim().max(80, { error: errorKey('textTooLong') }).transform((v) => (v === '' ? null : v))
});

export const submissionToAgendaSchema = z.object({ submissionId: z.uuid({ error: errorKey('submissionNotFound') }) });

export const harvestSchema = z.object({
  harvest: z.string().trim().max(20_000, { error: errorKey('textTooLong') }),
  harvestPublic: z.literal('on').optional().transform((v) => v === 'on')
});

export type MeetingDetails = z.infer<typeof meetingDetailsSchema>;

/** The attendance form says what it is, so an empty post records nothing. */
export const attendanceFormSchema = z.object({ attendance: z.literal('1', { error: errorKey('invalidInput') }) });

/** Attendance form: present_<schoolId>, others_<schoolId> and person_<personId>=<schoolId>. */
export function readAttendance(data: FormData, memberSchoolIds: string[], staff: { personId: string; schoolId: string }[]) {
  const schools = memberSchoolIds.map((schoolId) => ({
    schoolId,
    present: data.get(`present_${schoolId}`) === 'on',
    otherAttendees: String(data.get(`others_${schoolId}`) ?? '').trim().slice(0, 500)
  }));
  const people = staff.filter((s) => data.get(`person_${s.personId}`) === 'on');
  // Someone who attended makes their school present, whatever the school checkbox says.
  for (const school of schools) if (people.some((p) => p.schoolId === school.schoolId) || school.otherAttendees) school.present = true;
  return { schools, people };
}
