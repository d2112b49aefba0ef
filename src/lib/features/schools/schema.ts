import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { emailSchema } from '../people/schema';
import { descriptionSchema, optionalUrlSchema } from '../organisations/schema';

export const provinces = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] as const;
export const schoolLevels = ['basis', 'secundair', 'buitengewoon'] as const;
export const educationNetworks = ['go', 'officieel-gesubsidieerd', 'vrij-gesubsidieerd'] as const;
export const schoolRoles = ['directeur', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur'] as const;

export type Province = (typeof provinces)[number];

/** The Flemish instellingsnummer: 5 or 6 digits, stored zero-padded to 6 so 35865 = 035865. */
export const institutionNumberSchema = z
  .string({ error: errorKey('institutionNumberInvalid') })
  .trim()
  .regex(/^\d{5,6}$/, { error: errorKey('institutionNumberInvalid') })
  .transform((v) => v.padStart(6, '0'));

export const schoolCreateSchema = z.object({
  institutionNumber: institutionNumberSchema,
  name: z.string().trim().min(2, { error: errorKey('schoolNameRequired') }).max(160, { error: errorKey('nameTooLong') }),
  street: z.string().trim().min(2, { error: errorKey('streetRequired') }).max(160, { error: errorKey('textTooLong') }),
  postalCode: z.string().trim().regex(/^[1-9]\d{3}$/, { error: errorKey('postalCodeInvalid') }),
  municipality: z.string().trim().min(2, { error: errorKey('municipalityRequired') }).max(100, { error: errorKey('textTooLong') }),
  province: z.enum(provinces, { error: errorKey('provinceInvalid') }),
  level: z.enum(schoolLevels, { error: errorKey('levelInvalid') }),
  educationNetwork: z.enum(educationNetworks, { error: errorKey('educationNetworkInvalid') })
});

export const schoolProfileSchema = schoolCreateSchema
  .omit({ institutionNumber: true })
  .extend({ description: descriptionSchema, website: optionalUrlSchema });

export const schoolSearchSchema = z.object({ q: z.string().trim().max(100).default('') });

export const staffInviteSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2, { error: errorKey('nameRequired') }).max(120, { error: errorKey('nameTooLong') }),
  access: z.enum(['coordinator', 'staff'], { error: errorKey('roleInvalid') }),
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

export const staffRemoveSchema = z.object({ personId: z.uuid({ error: errorKey('roleInvalid') }) });

export const staffUpdateSchema = z.object({
  personId: z.uuid({ error: errorKey('roleInvalid') }),
  access: z.enum(['coordinator', 'staff'], { error: errorKey('roleInvalid') }),
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

export type SchoolInput = z.infer<typeof schoolCreateSchema>;
export type SchoolProfile = z.infer<typeof schoolProfileSchema>;
export type StaffInvite = z.infer<typeof staffInviteSchema>;
