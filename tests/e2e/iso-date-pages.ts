// Issue 14: no ISO date is shown to a person, on any page the accessibility run visits (every page
// of the authorisation matrix, for every role). A date stays ISO only where a machine reads it: a
// <time datetime> attribute, a form control's value, an export.
import type { Page } from '@playwright/test';

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
