import { z } from 'zod';

// Messages are i18n keys (see src/lib/i18n); pages and the API turn them into Dutch or English.
export const emailSchema = z
  .string({ error: 'emailRequired' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'emailTooLong' })
  .pipe(z.email({ error: 'emailInvalid' }));

export const personNameSchema = z
  .string({ error: 'nameRequired' })
  .trim()
  .min(2, { error: 'nameRequired' })
  .max(120, { error: 'nameTooLong' });

export const newPasswordSchema = z
  .string({ error: 'passwordTooShort' })
  .min(10, { error: 'passwordTooShort' })
  .max(200, { error: 'passwordTooLong' });

export const passwordLoginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(200, { error: 'passwordTooLong' })
});

export const magicLinkRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: 'passwordMismatch', path: ['confirm'] });

export const accountSchema = z.object({ name: personNameSchema });
