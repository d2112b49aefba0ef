import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { xssPayloads } from '../../../tests/xss-payloads';
import { renderRichText, richTextPlain, richTextTags } from './rich-text';

interface Element { tag: string; attributes: Record<string, string> }

/** Every element of the output, read by a real HTML parser (the way a browser would tokenise it). */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser({ onopentag: (tag, attributes) => found.push({ tag, attributes }) }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return found;
}

const allowed = new Set<string>(richTextTags);

/** What makes a rendered text inert: only allow-listed tags, no attribute but a safe href and our rel. */
function expectInert(html: string) {
  for (const { tag, attributes } of elements(html)) {
    expect(allowed.has(tag), `tag <${tag}> in ${html}`).toBe(true);
    for (const [name, value] of Object.entries(attributes)) {
      expect(tag === 'a' && (name === 'href' || name === 'rel'), `attribute ${name} on <${tag}> in ${html}`).toBe(true);
      if (name === 'href') expect(value, html).toMatch(/^(https?:\/\/[^/]|mailto:)/i);
      if (name === 'rel') expect(value).toBe('nofollow noopener ugc');
    }
  }
  expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|input|img|base|meta|link)\b/i);
}

// Each payload alone and in the places a writer can put it: a paragraph, a list item, a quote, a link label.
const contexts: Array<[string, (p: string) => string]> = [
  ['alone', (p) => p],
  ['in a paragraph', (p) => `Onze aanpak:\n\n${p}\n\nMeer volgt.`],
  ['in a list', (p) => `- eerste\n- ${p}`],
  ['in a quote', (p) => `> ${p}`],
  ['as a link label', (p) => `[${p}](https://voorbeeld.example)`]
];

describe('renderRichText on XSS payloads', () => {
  it('has at least 100 payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100);
  });

  for (const [name, wrap] of contexts) {
    it.each(xssPayloads.map((p) => [p]))(`leaves nothing executable ${name}: %s`, (payload) => {
      const html = renderRichText(wrap(payload));
      expectInert(html);
      // Sanitising is stable: the stored rendering needs no second pass to become safe.
      expect(renderRichText(html)).toBe(renderRichText(renderRichText(html)));
    });
  }
});

describe('renderRichText keeps what writers use', () => {
  it('renders emphasis, lists, links and sub-headings', () => {
    const html = renderRichText('## Aanpak\n\nEen **warme** en *gedeelde* aanpak:\n\n1. school\n2. CLB\n\n[Samen1Plan](https://samen1plan.example/tool)');
    expect(html).toContain('<h3>Aanpak</h3>');
    expect(html).toContain('<strong>warme</strong>');
    expect(html).toContain('<em>gedeelde</em>');
    expect(html).toContain('<ol>\n<li>school</li>');
    expect(html).toContain('<a href="https://samen1plan.example/tool" rel="nofollow noopener ugc">Samen1Plan</a>');
  });

  it('keeps mail links and drops a relative or protocol-relative one', () => {
    expect(renderRichText('[mail](mailto:els@voorbeeld.example)')).toContain('href="mailto:els@voorbeeld.example"');
    expect(renderRichText('[x](//evil.example)')).not.toContain('href');
    expect(renderRichText('[x](/beheer)')).not.toContain('href');
  });

  it('keeps the text of a dropped tag, but never a script body', () => {
    expect(renderRichText('<span class="x">tekst</span>')).toBe('<p>tekst</p>');
    expect(renderRichText('voor<script>alert(1)</script>na')).toBe('<p>voorna</p>');
  });

  it('gives the plain words for search', () => {
    expect(richTextPlain('# Kop\n\n**Spijbelaars** & ouders <script>x</script>')).toBe('Kop Spijbelaars & ouders');
  });
});
