import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { confirmCalendarSchema } from '../calendar/schema';
import { brusselsInstant } from '$lib/kernel/time';
import { preMeetingLimits, voteAnswers, type VoteAnswer } from './rules';

const dateSchema = z.string({ error: errorKey('dateInvalid') }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: errorKey('dateInvalid') });
const timeSchema = z.string({ error: errorKey('timeInvalid') }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: errorKey('timeInvalid') });

/** The organiser's settings: an https link (people click it from a mail) and a duration. */
export const preMeetingSettingsSchema = z.object({
  onlineUrl: z.string({ error: errorKey('preMeetingUrlInvalid') }).trim().max(500, { error: errorKey('preMeetingUrlInvalid') })
    .pipe(z.url({ protocol: /^https$/, hostname: /\./, error: errorKey('preMeetingUrlInvalid') })),
  durationMinutes: z.coerce.number({ error: errorKey('preMeetingDurationInvalid') }).int({ error: errorKey('preMeetingDurationInvalid') })
    .min(preMeetingLimits.minMinutes, { error: errorKey('preMeetingDurationInvalid') }).max(preMeetingLimits.maxMinutes, { error: errorKey('preMeetingDurationInvalid') })
});

/** A candidate date as typed (Brussels wall-clock time), turned into an instant. */
export const preMeetingOptionSchema = z.object({ date: dateSchema, time: timeSchema, confirmCalendar: confirmCalendarSchema })
  .transform(({ date, time, confirmCalendar }) => ({ startsAt: brusselsInstant(date, time), confirmCalendar }));

export const preMeetingOptionIdSchema = z.object({ optionId: z.uuid({ error: errorKey('preMeetingOptionNotFound') }) });

export const preMeetingQuestionSchema = z.object({
  body: z.string({ error: errorKey('preMeetingQuestionRequired') }).trim().min(1, { error: errorKey('preMeetingQuestionRequired') })
    .max(preMeetingLimits.questionMaxLength, { error: errorKey('preMeetingQuestionTooLong') }).meta(multiline)
});

export const preMeetingQuestionIdSchema = z.object({ questionId: z.uuid({ error: errorKey('preMeetingQuestionNotFound') }) });

/** An empty theme puts the question back under "not yet grouped". */
export const preMeetingThemeSchema = z.object({
  questionId: z.uuid({ error: errorKey('preMeetingQuestionNotFound') }),
  theme: z.string().trim().max(preMeetingLimits.themeMaxLength, { error: errorKey('preMeetingThemeTooLong') }).default('')
    .transform((v) => (v === '' ? null : v))
});

export type VoteInput = { optionId: string; answer: VoteAnswer };

/** The name of the radio group of one candidate date in the vote form. */
export const voteField = (optionId: string) => `vote_${optionId}`;

/**
 * The vote form: one radio group per candidate date. A date left unanswered keeps the earlier
 * answer (if any); a form without a single answer is refused.
 */
export const votesSchema = (optionIds: string[]) => z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const votes: VoteInput[] = [];
  let refused = false;
  for (const optionId of optionIds) {
    const value = raw[voteField(optionId)];
    if (value === undefined || value === '') continue;
    if ((voteAnswers as readonly unknown[]).includes(value)) votes.push({ optionId, answer: value as VoteAnswer });
    else {
      ctx.addIssue({ code: 'custom', path: [voteField(optionId)], message: errorKey('preMeetingVoteInvalid') });
      refused = true;
    }
  }
  if (!refused && votes.length === 0) ctx.addIssue({ code: 'custom', path: ['votes'], message: errorKey('preMeetingVoteRequired') });
  return refused || votes.length === 0 ? z.NEVER : { votes };
});
