import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { emailSchema } from '../people/schema';

export const slugSchema = z
  .string({ error: errorKey('slugInvalid') })
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$/, { error: errorKey('slugInvalid') });

export const optionalUrlSchema = z
  .string()
  .trim()
  .max(300, { error: errorKey('urlInvalid') })
  .transform((v) => (v === '' ? null : v))
  .pipe(z.url({ protocol: /^https?$/, error: errorKey('urlInvalid') }).nullable());

export const optionalEmailSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(emailSchema.nullable());

export const descriptionSchema = z.string().trim().max(5000, { error: errorKey('descriptionTooLong') }).default('').meta(multiline);

export const organisationProfileSchema = z.object({
  name: z.string().trim().min(2, { error: errorKey('nameRequired') }).max(160, { error: errorKey('nameTooLong') }),
  description: descriptionSchema,
  website: optionalUrlSchema,
  contactEmail: optionalEmailSchema
});

export const organisationCreateSchema = organisationProfileSchema.extend({ slug: slugSchema });

export const organisationRoleSchema = z.enum(['facilitator', 'coach'], { error: errorKey('roleInvalid') });

export const grantRoleSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120, { error: errorKey('nameTooLong') }).default(''),
  role: organisationRoleSchema
});

export const revokeRoleSchema = z.object({ personId: z.uuid({ error: errorKey('roleInvalid') }), role: organisationRoleSchema });

/** The branding form: the accent colour (its contrast is checked by saveBranding, ADR 027 branding); the logo file is read from the raw form. */
export const brandingSchema = z.object({
  accent: z
    .string({ error: errorKey('accentInvalid') })
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, { error: errorKey('accentInvalid') }),
  removeLogo: z.literal('on').optional().transform((v) => v === 'on')
});

export type BrandingInput = z.infer<typeof brandingSchema>;
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;
