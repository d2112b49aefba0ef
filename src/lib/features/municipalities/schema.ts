import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { emailSchema } from '../people/schema';
import { normaliseMunicipalityNumber } from './rules';

const line = (key: Parameters<typeof errorKey>[0], max = 200) =>
  z.string({ error: errorKey(key) }).trim().min(1, { error: errorKey(key) }).max(max, { error: errorKey('municipalityTooLong') });

/** A municipality as a platform admin keeps it; the number is checked by the chosen country. */
export const municipalitySchema = z.object({
  name: line('municipalityNameRequired', 100),
  country: z.enum(['BE', 'NL'], { error: errorKey('municipalityCountryRequired') }),
  invoiceName: line('municipalityInvoiceNameRequired'),
  invoiceNumber: z.string().trim().max(40, { error: errorKey('municipalityTooLong') }).default(''),
  invoiceEmail: z.string().trim().toLowerCase().max(254, { error: errorKey('emailTooLong') }).default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: errorKey('emailInvalid') })
}).transform((value, ctx) => {
  const number = normaliseMunicipalityNumber(value.country, value.invoiceNumber);
  if (!number.ok) {
    ctx.addIssue({ code: 'custom', path: ['invoiceNumber'], message: number.key });
    return z.NEVER;
  }
  return { ...value, invoiceNumber: number.value };
});

/** An existing person, by their address, made an officer with a portfolio. */
export const officerSchema = z.object({
  email: emailSchema,
  portfolio: line('municipalityPortfolioRequired', 120)
});

export const removeOfficerSchema = z.object({
  personId: z.uuid({ error: errorKey('municipalityOfficerNotFound') })
});

export type MunicipalityFields = z.infer<typeof municipalitySchema>;
export type OfficerInput = z.infer<typeof officerSchema>;
