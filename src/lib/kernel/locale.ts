// The one place that turns the app's language (nl/en, ADR 004) into the locale Intl formats with:
// Belgian Dutch, and British English for its day-month-year order and 24-hour clock.
import type { Locale } from '$lib/i18n/messages';

const intlLocales: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}
