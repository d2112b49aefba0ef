import { z } from 'zod';
import { emailSchema } from '../people/schema';

export const slugSchema = z
  .string({ error: 'slugInvalid' })
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$/, { error: 'slugInvalid' });

export const optionalUrlSchema = z
  .string()
  .trim()
  .max(300, { error: 'urlInvalid' })
  .transform((v) => (v === '' ? null : v))
  .pipe(z.url({ protocol: /^https?$/, error: 'urlInvalid' }).nullable());

export const optionalEmailSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(emailSchema.nullable());

export const descriptionSchema = z.string().trim().max(5000, { error: 'descriptionTooLong' }).default('');

export const organisationProfileSchema = z.object({
  name: z.string().trim().min(2, { error: 'nameRequired' }).max(160, { error: 'nameTooLong' }),
  description: descriptionSchema,
  website: optionalUrlSchema,
  contactEmail: optionalEmailSchema
});

export const organisationCreateSchema = organisationProfileSchema.extend({ slug: slugSchema });

export const organisationRoleSchema = z.enum(['facilitator', 'coach'], { error: 'roleInvalid' });

export const grantRoleSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120, { error: 'nameTooLong' }).default(''),
  role: organisationRoleSchema
});

export const revokeRoleSchema = z.object({ personId: z.uuid({ error: 'roleInvalid' }), role: organisationRoleSchema });

export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;
