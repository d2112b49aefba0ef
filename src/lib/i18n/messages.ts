// Typed message catalogues: a missing English key is a compile error, not a blank on screen.
import { en } from './en';
import { nl, type Messages } from './nl';

export type { Messages };
export type Locale = 'nl' | 'en';
export type ErrorKey = keyof Messages['errors'];
/** Per form field the key of its message; only keys of the catalogue type-check. */
export type FieldErrors = Record<string, ErrorKey>;

/**
 * An empty error map without a prototype: a posted field may be named `__proto__`, and on a plain
 * object `errors['__proto__'] = key` is silently dropped, which left a refusal without its message.
 */
export function emptyFieldErrors(): FieldErrors {
  return Object.create(null) as FieldErrors;
}

export const locales: Locale[] = ['nl', 'en'];
export const localeCookie = 'np_lang';

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : nl;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * A message key in a zod schema or a failure map: typed, so a key that is not in the catalogue
 * fails the typecheck instead of falling back to the generic message on screen.
 */
export function errorKey<K extends ErrorKey>(key: K): K {
  return key;
}

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && Object.hasOwn(nl.errors, value);
}

/** A zod issue's message as a key: a default zod message (no key in the schema) is the generic one. */
export function issueKey(message: string | undefined): ErrorKey {
  return isErrorKey(message) ? message : 'invalidInput';
}

/** Zod issues carry message keys; this turns one into text, falling back to the generic one. */
export function errorText(m: Messages, key: ErrorKey | undefined): string {
  return key && isErrorKey(key) ? m.errors[key] : m.errors.invalidInput;
}
