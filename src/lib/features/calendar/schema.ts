import { z } from 'zod';
import { parseSchoolYear } from './rules';

/** '2023-2024' in, start year 2023 out; '2023-2025' is refused with the schoolYearInvalid key. */
export const schoolYearSchema = z
  .string({ error: 'schoolYearInvalid' })
  .max(20, { error: 'schoolYearInvalid' })
  .transform((value, ctx) => {
    const parsed = parseSchoolYear(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: 'schoolYearInvalid' });
      return z.NEVER;
    }
    return parsed.startYear;
  });

/** The checkbox with which a person confirms dates on free days or in the past (see calendarConcerns). */
export const confirmCalendarSchema = z.literal('on').optional().transform((v) => v === 'on');
