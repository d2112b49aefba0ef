import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { parseSchoolYear } from '../calendar/rules';

/**
 * The three parts of a verification URL, /label/<network id>/<instellingsnummer>/<school year>.
 * Anything else is simply a label that does not exist.
 */
export const labelUrlSchema = z.object({
  network: z.uuid(),
  school: z.string().regex(/^\d{6}$/),
  year: z.string().max(20).transform((value, ctx) => {
    const parsed = parseSchoolYear(value);
    if (parsed.ok) return { startYear: parsed.startYear, label: parsed.label };
    ctx.addIssue({ code: 'custom', message: errorKey('schoolYearInvalid') });
    return z.NEVER;
  })
});
