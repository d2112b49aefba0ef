import { describe, expect, it } from 'vitest';
import { nl } from '$lib/i18n/nl';
import { en } from '$lib/i18n/en';
import { emailSchema, passwordResetSchema } from './schema';

describe('people input', () => {
  it('lower-cases and trims addresses', () => {
    expect(emailSchema.parse('  Lotte.Peeters@School.BE ')).toBe('lotte.peeters@school.be');
  });

  it('refuses an address without @ with a Dutch message', () => {
    const result = emailSchema.safeParse('lotte.school.be');
    const key = result.error?.issues[0]?.message as keyof typeof nl.errors;
    expect(key).toBe('emailInvalid');
    expect(nl.errors[key]).toMatch(/geen geldig e-mailadres/);
    expect(en.errors[key]).toMatch(/not a valid e-mail address/);
  });

  it('asks for matching passwords of at least 10 characters', () => {
    expect(passwordResetSchema.safeParse({ password: 'kort', confirm: 'kort' }).error?.issues[0]?.message).toBe('passwordTooShort');
    expect(passwordResetSchema.safeParse({ password: 'lang genoeg 1', confirm: 'anders 12345' }).error?.issues[0]?.message).toBe('passwordMismatch');
    expect(passwordResetSchema.safeParse({ password: 'lang genoeg 1', confirm: 'lang genoeg 1' }).success).toBe(true);
  });
});
