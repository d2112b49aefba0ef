import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { schoolYearSchema } from '../calendar/schema';
import { descriptionSchema, optionalEmailSchema, slugSchema } from '../organisations/schema';
import { schoolKeySchema } from '../schools/schema';

export const networkDetailsSchema = z.object({
  name: z.string().trim().min(2, { error: errorKey('nameRequired') }).max(160, { error: errorKey('nameTooLong') }),
  description: descriptionSchema,
  // An unchecked checkbox sends nothing; a checked one sends "on".
  isPublic: z.union([z.literal('on'), z.literal('true')]).optional().transform((v) => v !== undefined),
  contactName: z.string().trim().max(120, { error: errorKey('nameTooLong') }).transform((v) => (v === '' ? null : v)),
  contactEmail: optionalEmailSchema
});

export const networkCreateSchema = networkDetailsSchema.extend({ slug: slugSchema });

// A member school by its key: a Flemish instellingsnummer, or brin-… / fase-… for schools outside Flanders.
export const membershipAddSchema = z.object({ schoolYear: schoolYearSchema, institutionNumber: schoolKeySchema });

export const membershipRemoveSchema = z.object({
  schoolId: z.uuid({ error: errorKey('schoolNotFound') }),
  schoolYear: z.coerce.number({ error: errorKey('schoolYearInvalid') }).int().min(1990).max(2100)
});

/** ?schooljaar=2022-2023 on public pages and ?schoolYear= in the API. */
export const schoolYearQuerySchema = schoolYearSchema.optional();

/** The "show school year" form of a year-by-year list. */
export const showYearSchema = z.object({ schooljaar: schoolYearSchema });

export type NetworkDetails = z.infer<typeof networkDetailsSchema>;
