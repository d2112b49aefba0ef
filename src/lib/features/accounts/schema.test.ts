import { describe, expect, it } from 'vitest';
import { nl } from '$lib/i18n/nl';
import { confirmSignUpSchema, signUpSchema } from './schema';

const keysOf = (schema: typeof signUpSchema | typeof confirmSignUpSchema, input: Record<string, string>) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('the sign-up form', () => {
  it('takes a name and an address, and never a password', () => {
    expect(signUpSchema.parse({ name: ' Lotte ', email: ' Lotte@School.BE ', password: 'van een vreemde' })).toEqual({ name: 'Lotte', email: 'lotte@school.be' });
  });

  it('refuses each bad field with its Dutch message', () => {
    expect(keysOf(signUpSchema, { name: 'L', email: 'geen-adres' })).toEqual({ name: 'nameRequired', email: 'emailInvalid' });
  });
});

describe('the confirmation form', () => {
  it('takes a password (twice) or none', () => {
    expect(confirmSignUpSchema.parse({})).toEqual({ password: '', confirm: '' });
    expect(confirmSignUpSchema.parse({ password: 'lang genoeg 1', confirm: 'lang genoeg 1' }).password).toBe('lang genoeg 1');
  });

  it('refuses a short, long or mismatched password with its Dutch message', () => {
    expect(keysOf(confirmSignUpSchema, { password: 'kort', confirm: 'kort' })).toEqual({ password: 'passwordTooShort' });
    expect(keysOf(confirmSignUpSchema, { password: 'lang genoeg 1', confirm: 'anders 12345' })).toEqual({ confirm: 'passwordMismatch' });
    expect(keysOf(confirmSignUpSchema, { password: 'x'.repeat(201), confirm: 'x'.repeat(201) }).password).toBe('passwordTooLong');
    expect(nl.errors.passwordMismatch).toMatch(/niet gelijk/);
  });
});
