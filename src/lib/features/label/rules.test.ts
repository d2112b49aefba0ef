import { describe, it, expect } from 'vitest';
import {
  contrastRatio,
  escapeXml,
  estimateTextWidth,
  labelIsValid,
  labelPalette,
  labelVerifyPath,
  renderLabelSvg,
  renderSchoolLabel,
  shortUrl,
  wrapText,
  type LabelInput
} from './rules';

const base: LabelInput = {
  networkName: 'Scholennetwerk voor jonge mantelzorgers',
  organisationName: 'Samana',
  schoolName: 'Sint-Jozef & Co "test"',
  schoolYear: '2023-2024',
  verifyUrl: 'https://netwerkplein.be/label/controle/abc123?lang=nl&year=2023',
  caption: 'Lid van het netwerk',
  verifyText: 'Controleer dit label'
};

/** Minimal well-formedness check: balanced tags, quoted attributes, no stray '<', '>' or '&'. */
function assertWellFormed(xml: string): void {
  expect(xml.startsWith('<svg')).toBe(true);
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of xml.matchAll(tag)) {
    const between = xml.slice(last, m.index);
    expect(between).not.toMatch(/[<>]/);
    expect(between.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
    expect(m[3]!.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
    if (stack.length === 0) expect(xml.slice(last).trim()).toBe('');
  }
  expect(stack).toEqual([]);
  expect(last).toBe(xml.length);
}

const textsOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[0]);

describe('wrapText', () => {
  it('wraps at word boundaries', () => {
    expect(wrapText('Scholennetwerk voor jonge mantelzorgers', 20, 3)).toEqual(['Scholennetwerk voor', 'jonge mantelzorgers']);
    expect(wrapText('  kort  ', 20, 3)).toEqual(['kort']);
    expect(wrapText('', 20, 3)).toEqual([]);
  });

  it('cuts with an ellipsis when there are more lines than allowed', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(wrapText('abcdefghij klm', 10, 1)).toEqual(['abcdefghi…']);
  });

  it('breaks after hyphens and splits words longer than a line', () => {
    expect(wrapText('Sint-Jozefscollege', 12, 3)).toEqual(['Sint-', 'Jozefscolleg', 'e']);
    expect(wrapText('Sint-Jozef', 12, 3)).toEqual(['Sint-Jozef']);
    expect(wrapText('x'.repeat(25), 10, 3)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('renderLabelSvg', () => {
  const svg = renderLabelSvg(base);

  it('is well-formed, self-contained and accessible', () => {
    assertWellFormed(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="([\w-]+-title) ([\w-]+-desc)"/);
    const [, titleId, descId] = svg.match(/aria-labelledby="(\S+) (\S+)"/)!;
    expect(svg).toContain(`<title id="${titleId}">`);
    expect(svg).toContain(`<desc id="${descId}">`);
    expect(svg).not.toMatch(/<script|<image|@import|@font-face|<foreignObject/i);
    expect(svg).toContain('font-family="DejaVu Sans, Arial, Helvetica, sans-serif"');
  });

  it('shows the escaped school name, the network, the caption and the school year', () => {
    expect(svg).toContain('Sint-Jozef &amp; Co &quot;test&quot;');
    expect(svg).not.toContain('"test"');
    expect(svg).toMatch(/<desc [^>]*>Sint-Jozef &amp; Co &quot;test&quot; – Lid van het netwerk Scholennetwerk voor jonge mantelzorgers \(Samana\), 2023-2024\. /);
    expect(svg).toContain('>2023-2024</text>');
    expect(svg).toContain('>LID VAN HET NETWERK</text>');
    expect(svg).toContain('>Controleer dit label</text>');
  });

  it('wraps the whole badge in a link to the verification page', () => {
    const href = 'https://netwerkplein.be/label/controle/abc123?lang=nl&amp;year=2023';
    expect(svg).toContain(`<a href="${href}" xlink:href="${href}"`);
    expect(svg.indexOf('<a ')).toBeLessThan(svg.indexOf('fill="#ffffff"/>'));
    expect(svg.trimEnd().endsWith('</a></svg>')).toBe(true);
    expect(svg).toContain('>netwerkplein.be/label/contr…c123?lang=nl&amp;year=2023</text>');
    expect(renderLabelSvg({ ...base, verifyUrl: 'https://nwp.be/v/a&b' })).toContain('>nwp.be/v/a&amp;b</text>');
  });

  it('keeps long names within three lines and the badge width', () => {
    const long = renderLabelSvg({
      ...base,
      networkName: 'Lerend netwerk '.repeat(20),
      schoolName: 'Koninklijk Atheneum Campus Boomsesteenweg '.repeat(8),
      organisationName: 'Universiteit Antwerpen '.repeat(6),
      verifyUrl: `https://netwerkplein.be/label/${'z'.repeat(120)}`
    });
    assertWellFormed(long);
    const schoolLines = textsOf(long).filter((t) => t.includes('fill="#1a1a1a"'));
    expect(schoolLines).toHaveLength(3);
    expect(schoolLines[2]).toContain('…');
    expect(textsOf(long).filter((t) => t.includes('font-weight="bold" fill="#ffffff"')).length).toBeLessThanOrEqual(4);
    for (const t of textsOf(long)) {
      const text = t.replace(/<[^>]*>/g, '');
      const size = Number(t.match(/font-size="(\d+)"/)![1]);
      expect(estimateTextWidth(text, size) <= 500 || t.includes('textLength="500"')).toBe(true);
    }
    expect(long).toContain('…zzzz');
  });

  it('gives smaller type to longer names', () => {
    const size = (s: string) => Number(textsOf(s).find((t) => t.includes('#1a1a1a'))!.match(/font-size="(\d+)"/)![1]);
    expect(size(svg)).toBe(32);
    expect(size(renderLabelSvg({ ...base, schoolName: 'Koninklijk Atheneum Wilrijk Campus Boomsesteenweg Middenschool' }))).toBeLessThan(32);
  });

  it('is deterministic', () => {
    expect(renderLabelSvg({ ...base })).toBe(svg);
  });
});

describe('colours and helpers', () => {
  const names = ['Scholennetwerk voor jonge mantelzorgers', 'Gezonde school', 'STEM', 'A', '', 'Lerend netwerk Zorg',
    ...Array.from({ length: 200 }, (_, i) => `Netwerk ${i}`)];

  it('meets WCAG AA for every text colour on every generated palette', () => {
    for (const name of names) {
      const p = labelPalette(name);
      expect(contrastRatio(p.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.accentA, p.primary)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.accentB, p.primary)).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(names.map((n) => labelPalette(n).primary)).size).toBeGreaterThan(50);
    expect(labelPalette('Gezonde school')).toEqual(labelPalette(' gezonde School '));
  });

  it('computes contrast ratios and escapes XML', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(escapeXml(`a&b<c>"d"'e'\u0001`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
  });

  it('shortens long URLs in the middle and drops the scheme', () => {
    expect(shortUrl('https://netwerkplein.be/v/abc')).toBe('netwerkplein.be/v/abc');
    const short = shortUrl(`https://netwerkplein.be/label/${'a'.repeat(60)}/end`, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('netwerkplein.be/label/')).toBe(true);
    expect(short.endsWith('aaa/end')).toBe(true);
    expect(short).toContain('…');
  });
});

describe('the label of a school', () => {
  const id = '5b8e3f1c-2a4d-4e6f-8a9b-0c1d2e3f4a5b';

  it('links to its verification page and is the same badge wherever it is rendered', () => {
    expect(labelVerifyPath(id, '913204', '2022-2023')).toBe(`/label/${id}/913204/2022-2023`);
    const svg = renderSchoolLabel(
      { networkId: id, networkName: base.networkName, organisationName: base.organisationName, schoolName: base.schoolName },
      { origin: 'https://netwerkplein.be', institutionNumber: '913204', schoolYear: '2023-2024' },
      { caption: base.caption, verifyText: base.verifyText }
    );
    expect(svg).toBe(renderLabelSvg({ ...base, verifyUrl: `https://netwerkplein.be/label/${id}/913204/2023-2024` }));
  });

  it('is valid only for a member school on a public network', () => {
    expect(labelIsValid({ isMember: true, networkIsPublic: true })).toBe(true);
    expect(labelIsValid({ isMember: false, networkIsPublic: true })).toBe(false);
    expect(labelIsValid({ isMember: true, networkIsPublic: false })).toBe(false);
    expect(labelIsValid(null)).toBe(false);
  });
});
