// Typed message catalogues: a missing English key is a compile error, not a blank on screen.
import { en } from './en';
import { nl } from './nl';

export type Messages = typeof nl;
export type Locale = 'nl' | 'en';
export type ErrorKey = keyof Messages['errors'];

export const locales: Locale[] = ['nl', 'en'];
export const localeCookie = 'np_lang';

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : nl;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** Zod issues carry message keys; this turns one into text, falling back to the generic one. */
export function errorText(m: Messages, key: string | undefined): string {
  if (key && key in m.errors) return m.errors[key as ErrorKey];
  return m.errors.invalidInput;
}
