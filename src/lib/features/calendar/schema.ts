import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { parseSchoolYear } from './rules';

/** '2023-2024' in, start year 2023 out; '2023-2025' is refused with the schoolYearInvalid key. */
export const schoolYearSchema = z
  .string({ error: errorKey('schoolYearInvalid') })
  .max(20, { error: errorKey('schoolYearInvalid') })
  .transform((value, ctx) => {
    const parsed = parseSchoolYear(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: errorKey('schoolYearInvalid') });
      return z.NEVER;
    }
    return parsed.startYear;
  });

/** The checkbox with which a person confirms dates on free days or in the past (see calendarConcerns). */
export const confirmCalendarSchema = z.literal('on').optional().transform((v) => v === 'on');
