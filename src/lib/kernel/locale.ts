// The one place that turns the app's language (nl/en, ADR 004) into the locale Intl formats with:
// Belgian Dutch, and British English for its day-month-year order and 24-hour clock.
import type { Locale } from '$lib/i18n/messages';

const intlLocales: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

const displayNames = new Map<string, Intl.DisplayNames>();

function namesOf(locale: Locale, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}|${type}`;
  let found = displayNames.get(key);
  if (!found) displayNames.set(key, (found = new Intl.DisplayNames([intlLocale(locale)], { type, fallback: 'code' })));
  return found;
}

/** A country's name from its ISO 3166-1 code, in the reader's language ("Verenigd Koninkrijk"). */
export function countryName(code: string, locale: Locale): string {
  try {
    return namesOf(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name from its ISO 639-1 code, in the reader's language ("Duits"). */
export function languageName(code: string, locale: Locale): string {
  try {
    return namesOf(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}
