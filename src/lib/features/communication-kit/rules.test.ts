import { describe, expect, it } from 'vitest';
import { checkKitFile, isSafeSvg, kitFileHeaders, kitFileMaxBytes, kitFileName, kitYears, movedOrder } from './rules';

const bytes = (text: string) => new TextEncoder().encode(text);
const svg = (inner: string, attributes = '') => bytes(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`);

describe('SVG checked as XML that only draws', () => {
  it('takes a plain drawing with a declaration, a comment, a title, gradients and internal references', () => {
    expect(isSafeSvg(bytes(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
      <title>Logo &amp; co</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
      <rect width="10" height="10" fill="url(#g)" style="fill: url('#g')"/><use xlink:href="#g"/><text x="1" y="9" font-family="DejaVu Sans">A &gt; B</text></svg>`))).toBe(true);
  });

  it('refuses scripts, handlers, links, embedded content, animation and style sheets', () => {
    for (const inner of [
      '<script>alert(1)</script>', '<SCRIPT>alert(1)</SCRIPT>', '<a href="https://evil.example"><rect/></a>', '<image href="https://evil.example/x.png"/>',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', '<style>@import url(https://evil.example/a.css);</style>',
      '<set attributeName="href" to="javascript:alert(1)"/>', '<animate attributeName="x" values="0;1"/>', '<rect onload="alert(1)"/>', '<rect ONCLICK="alert(1)"/>',
      '<use href="https://evil.example/sprite.svg#a"/>', '<use xlink:href="data:image/svg+xml,&lt;svg/&gt;"/>', '<rect fill="url(https://evil.example/p)"/>',
      '<rect style="fill:url(https://evil.example/p)"/>', '<rect style="background:url(&#x6A;avascript:alert(1))"/>', '<rect x="&ext;"/>',
      '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>', '<rect xmlns:x="http://www.w3.org/1999/xhtml" x:onload="alert(1)"/>',
      '<![CDATA[<script>alert(1)</script>]]>', '<?xml-stylesheet href="https://evil.example/a.xsl"?>', '<rect>', '<g></rect>', 'text & more'
    ]) expect(isSafeSvg(svg(inner)), inner).toBe(false);
  });

  it('refuses a DOCTYPE with entities, another root, a second root, another namespace and bytes that are not UTF-8', () => {
    expect(isSafeSvg(bytes('<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'))).toBe(false);
    expect(isSafeSvg(bytes('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>'))).toBe(false);
    expect(isSafeSvg(bytes('<svg xmlns="http://www.w3.org/2000/svg"/><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false);
    expect(isSafeSvg(bytes('<svg xmlns="http://www.w3.org/1999/xhtml"/>'))).toBe(false);
    expect(isSafeSvg(bytes('<svg/>'))).toBe(false);
    expect(isSafeSvg(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toBe(false);
  });
});

describe('a kit file is what its bytes are', () => {
  it('takes a PDF and an SVG, and says which is which', () => {
    const pdf = checkKitFile(bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n'));
    expect(pdf.ok && pdf.kind).toBe('pdf');
    const logo = checkKitFile(svg('<circle cx="5" cy="5" r="4"/>'));
    expect(logo.ok && logo.kind).toBe('svg');
  });

  it('refuses HTML named .pdf, an unsafe SVG, an empty and a too large file', () => {
    expect(checkKitFile(bytes('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'))).toEqual({ ok: false, reason: 'file-type' });
    expect(checkKitFile(bytes(' <html>%PDF-1.4</html>'))).toEqual({ ok: false, reason: 'file-type' });
    expect(checkKitFile(svg('<script>alert(1)</script>'))).toEqual({ ok: false, reason: 'svg-unsafe' });
    expect(checkKitFile(new Uint8Array())).toEqual({ ok: false, reason: 'file-empty' });
    expect(checkKitFile(new Uint8Array(kitFileMaxBytes + 1))).toEqual({ ok: false, reason: 'file-too-large' });
  });

  it('is named after the uploader’s words with the extension of what it is, and always served as a download', () => {
    expect(kitFileName('C:\\logo’s/Logo Scholennetwerk.pdf', 'svg')).toBe('Logo Scholennetwerk.svg');
    expect(kitFileName('flyer.html', 'pdf')).toBe('flyer.pdf');
    const headers = kitFileHeaders({ fileName: 'logo.svg', kind: 'svg', size: 12, hash: 'abc' });
    expect(headers).toMatchObject({
      'content-type': 'image/svg+xml', 'content-disposition': `attachment; filename="logo.svg"; filename*=UTF-8''logo.svg`,
      'content-security-policy': "default-src 'none'; sandbox", 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store', etag: '"abc"'
    });
  });
});

describe('years and order', () => {
  it('offers every school year from the first member year to the year after the working one, newest first', () => {
    expect(kitYears([2019, 2017], [], 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    expect(kitYears([], [2030], 2026)).toEqual([2030, 2029, 2028, 2027, 2026]);
  });

  it('moves a text block one place and leaves the ends alone', () => {
    expect(movedOrder(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
    expect(movedOrder(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(movedOrder(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });
});
