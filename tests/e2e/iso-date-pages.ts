// Issue 14: no ISO date is shown to a person. The pages listed here have been moved to the house
// date formats; the accessibility e2e checks each one it visits. Each page engineer appends their
// routes (route ids as in the matrix, without groups); the final integration covers every page.
import type { Page } from '@playwright/test';

export const isoDatePages = new Set([
  // Learning, school, public, admin and sign-in pages (issue 14, learning side).
  '/', '/organisaties/[org]', '/organisaties/[org]/netwerken/[network]', '/label/[network]/[school]/[year]',
  '/werkruimte', '/werkruimte/[org]', '/werkruimte/[org]/scholen', '/werkruimte/[org]/netwerken',
  '/werkruimte/[org]/netwerken/[network]', '/werkruimte/[org]/netwerken/[network]/deelnemers',
  '/werkruimte/[org]/netwerken/[network]/lerende-netwerken', '/werkruimte/[org]/netwerken/[network]/lerende-netwerken/[year]',
  '/werkruimte/[org]/netwerken/[network]/lerende-netwerken/[year]/bijeenkomsten/[sequence]',
  '/school/[school]', '/school/[school]/team', '/school/[school]/lerende-netwerken', '/school/[school]/bijeenkomsten/[meeting]',
  '/account', '/beheer', '/beheer/organisaties/[org]', '/beheer/outbox',
  '/aanmelden', '/aanmelden/link/[token]', '/registreren', '/registreren/bevestigen/[token]',
  '/wachtwoord-vergeten', '/wachtwoord-herstellen/[token]',
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

const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * The ISO dates in the text a person sees on the page, each with a little context. Attributes
 * (such as <time datetime>) are not text, and what a form control holds is its machine value:
 * inputs have no text nodes, and textareas, selects and hidden parts are skipped.
 */
export async function isoDatesShown(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('textarea, select, script, style') || !parent.checkVisibility()) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(pattern)) found.push(text.slice(Math.max(0, match.index - 30), match.index + 40).trim());
    }
    return found;
  }, isoDate.source);
}
