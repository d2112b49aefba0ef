import { describe, expect, it } from 'vitest';
import { attachmentKind } from '$lib/features/library/rules';
import { demoPdf } from './seed-demo-library';

// The demo's attachment is a real PDF (ADR 051): a reader finds every object where the
// cross-reference table says, and the upload check recognises it by its bytes.
describe('demoPdf', () => {
  it('writes a PDF whose xref offsets, startxref and stream length are right', () => {
    const bytes = demoPdf('Stappenplan (trajectbegeleiding)', ['Geïnspireerd op Routeplanner \\ Topunt.', 'Tweede regel.']);
    const text = Buffer.from(bytes).toString('latin1');
    expect(attachmentKind(bytes)).toBe('pdf');
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(text.match(/startxref\n(\d+)\n%%EOF\n$/)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(6);
    entries.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    const [, length, stream] = text.match(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/)!;
    expect(Buffer.byteLength(stream!, 'latin1')).toBe(Number(length));
    // Parentheses and backslashes escaped, the ï as WinAnsi octal.
    expect(stream).toContain('(Stappenplan \\(trajectbegeleiding\\)) Tj');
    expect(stream).toContain('(Ge\\357nspireerd op Routeplanner \\\\ Topunt.) Tj');
  });
});
