import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { emailSchema, personNameSchema } from '../people/schema';

/**
 * A sign-up: name, address and either a password (twice) or none, for signing in with a link by
 * mail. An empty password means "no password"; a given one has the same rules as a reset.
 */
export const signUpSchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    password: z.string({ error: errorKey('passwordTooShort') })
      .max(200, { error: errorKey('passwordTooLong') })
      .refine((v) => v === '' || v.length >= 10, { error: errorKey('passwordTooShort') })
      .default(''),
    confirm: z.string({ error: errorKey('passwordMismatch') }).max(200, { error: errorKey('passwordMismatch') }).default('')
  })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export type SignUpInput = z.infer<typeof signUpSchema>;
