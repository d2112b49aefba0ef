import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { emailSchema, personNameSchema } from '../people/schema';

/**
 * A sign-up: name and address only. It never carries a password: whoever posts it need not own
 * the address, and a password chosen here would be the stranger's (account pre-hijacking, ADR 026).
 */
export const signUpSchema = z.object({ name: personNameSchema, email: emailSchema });

export type SignUpInput = z.infer<typeof signUpSchema>;

/**
 * The confirmation page, posted by whoever holds the mailed link (the owner of the address): a
 * password (twice) or none, for signing in with a link by mail. A given one has the same rules as a reset.
 */
export const confirmSignUpSchema = z
  .object({
    password: z.string({ error: errorKey('passwordTooShort') })
      .max(200, { error: errorKey('passwordTooLong') })
      .refine((v) => v === '' || v.length >= 10, { error: errorKey('passwordTooShort') })
      .default(''),
    confirm: z.string({ error: errorKey('passwordMismatch') }).max(200, { error: errorKey('passwordMismatch') }).default('')
  })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export type ConfirmSignUpInput = z.infer<typeof confirmSignUpSchema>;
