import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';

// Messages are i18n keys (see src/lib/i18n); pages and the API turn them into Dutch or English.
export const emailSchema = z
  .string({ error: errorKey('emailRequired') })
  .trim()
  .toLowerCase()
  .max(254, { error: errorKey('emailTooLong') })
  .pipe(z.email({ error: errorKey('emailInvalid') }));

export const personNameSchema = z
  .string({ error: errorKey('nameRequired') })
  .trim()
  .min(2, { error: errorKey('nameRequired') })
  .max(120, { error: errorKey('nameTooLong') });

export const newPasswordSchema = z
  .string({ error: errorKey('passwordTooShort') })
  .min(10, { error: errorKey('passwordTooShort') })
  .max(200, { error: errorKey('passwordTooLong') });

export const passwordLoginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: errorKey('passwordRequired') }).max(200, { error: errorKey('passwordTooLong') })
});

export const magicLinkRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export const accountSchema = z.object({ name: personNameSchema });
