import type { Locale } from '$lib/i18n/messages';
import type { Actor } from '$lib/features/people/types';

declare global {
  namespace App {
    interface Locals {
      actor: Actor | null;
      locale: Locale;
      sessionSecret: string | null;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
