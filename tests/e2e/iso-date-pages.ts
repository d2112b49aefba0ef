// Issue 14: no ISO date is shown to a person. The pages (route ids, as in the matrix) whose visible
// text the accessibility run reads for one; each page engineer appends the pages migrated onto the
// house formats, until the list covers every page. A date may stay ISO in a <time datetime>, in a
// form control's value and in an export: none of those is in the page's visible text.
import type { Page } from '@playwright/test';

export const isoDatePages = new Set([
  // The activity pages, public and organiser side, and the training requests (look/pages-activities).
  '/activiteiten',
  '/activiteiten/[org]/[activity]',
  '/activiteiten/[org]/[activity]/inschrijven',
  '/activiteiten/[org]/[activity]/inschrijven/collega',
  '/activiteiten/[org]/[activity]/reacties',
  '/activiteiten/[org]/[activity]/samen-reizen',
  '/activiteiten/[org]/[activity]/voorbereiding',
  '/werkruimte/[org]/activiteiten',
  '/werkruimte/[org]/activiteiten/nieuw',
  '/werkruimte/[org]/activiteiten/[activity]',
  '/werkruimte/[org]/activiteiten/[activity]/deelnemers',
  '/werkruimte/[org]/activiteiten/[activity]/aanwezigheid',
  '/werkruimte/[org]/activiteiten/[activity]/voorbereiding',
  '/werkruimte/[org]/activiteiten/[activity]/reacties',
  '/werkruimte/[org]/vormingsaanvragen',
  '/school/[school]/vormingsaanvragen'
]);

/** The ISO dates (YYYY-MM-DD) in the page's rendered text; form values and attributes are not text. */
export async function isoDatesShown(page: Page): Promise<string[]> {
  return page.evaluate(() => document.body.innerText.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []);
}
