import { describe, expect, it } from 'vitest';
import { nl } from '$lib/i18n/nl';
import { signUpSchema } from './schema';

const keysOf = (input: Record<string, string>) =>
  Object.fromEntries((signUpSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('the sign-up form', () => {
  it('takes a name and an address, with or without a password', () => {
    expect(signUpSchema.parse({ name: ' Lotte ', email: ' Lotte@School.BE ' })).toEqual({ name: 'Lotte', email: 'lotte@school.be', password: '', confirm: '' });
    expect(signUpSchema.parse({ name: 'Lotte', email: 'lotte@school.be', password: 'lang genoeg 1', confirm: 'lang genoeg 1' }).password).toBe('lang genoeg 1');
  });

  it('refuses each bad field with its Dutch message', () => {
    expect(keysOf({ name: 'L', email: 'geen-adres', password: 'kort', confirm: 'kort' })).toEqual({ name: 'nameRequired', email: 'emailInvalid', password: 'passwordTooShort' });
    expect(keysOf({ name: 'Lotte', email: 'lotte@school.be', password: 'lang genoeg 1', confirm: 'anders 12345' })).toEqual({ confirm: 'passwordMismatch' });
    expect(keysOf({ name: 'Lotte', email: 'lotte@school.be', password: 'x'.repeat(201), confirm: 'x'.repeat(201) }).password).toBe('passwordTooLong');
    expect(nl.errors.passwordMismatch).toMatch(/niet gelijk/);
  });
});
