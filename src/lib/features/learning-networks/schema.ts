import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { schoolYearSchema } from '../calendar/schema';
import { schoolKeySchema } from '../schools/schema';

// Any school's key (ADR 028): a Dutch school is added by `brin-31QX00`, like on the network's member form.
export const participationAddSchema = z.object({ schoolYear: schoolYearSchema, institutionNumber: schoolKeySchema });

export const participationRemoveSchema = z.object({
  schoolYear: z.coerce.number({ error: errorKey('schoolYearInvalid') }).int().min(1990).max(2100),
  schoolId: z.uuid({ error: errorKey('schoolNotFound') })
});

export const importUploadSchema = z.object({ schoolYear: schoolYearSchema });

export const importConfirmSchema = z.object({
  importId: z.uuid({ error: errorKey('importNotFound') }),
  // Explicit choice to import only the valid rows of a file that has error rows.
  onlyValid: z.literal('on').optional().transform((v) => v === 'on')
});

export const formLearningNetworkSchema = z.object({ schoolYear: schoolYearSchema });

export const reasonSchema = z.string({ error: errorKey('reasonRequired') }).trim().min(3, { error: errorKey('reasonRequired') }).max(500, { error: errorKey('textTooLong') });

export const cohortAddSchema = z.object({ institutionNumber: schoolKeySchema, reason: reasonSchema });
export const cohortRemoveSchema = z.object({ schoolId: z.uuid({ error: errorKey('schoolNotFound') }), reason: reasonSchema });

/** Largest upload accepted for an import (the spreadsheet reader refuses bigger files too). */
export const maxImportBytes = 5 * 1024 * 1024;
