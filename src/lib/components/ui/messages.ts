import { page } from '$app/state';
import { messagesFor, type Messages } from '$lib/i18n/messages';

/** The message catalogue for the current request's language (set by the root layout). */
export function currentMessages(): Messages {
  return messagesFor(page.data.locale === 'en' ? 'en' : 'nl');
}
