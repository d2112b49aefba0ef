import { describe, expect, it } from 'vitest';
import { demoBranding } from '$lib/server/db/demo-data';
import { checkLogo, contrastRatio, darkAccent, isReadableAccent, logoMaxBytes, relativeLuminance } from './rules';

const png = (extra = 0) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(17 + extra).fill(0)]);
const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`);

describe('contrast (WCAG 2.1)', () => {
  it('knows the reference pairs', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0b5394', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b5394'));
  });

  it('accepts an accent that carries white text and reads on the light page', () => {
    expect(isReadableAccent('#0b5394')).toBe(true);
    expect(isReadableAccent('#1b5e20')).toBe(true);
    expect(isReadableAccent('#000000')).toBe(true);
  });

  it('refuses a colour with too little contrast', () => {
    expect(isReadableAccent('#ffcc00')).toBe(false); // yellow: white text on it is unreadable
    expect(isReadableAccent('#ffffff')).toBe(false);
    // 4.54 on white but only 4.2 on the light page background (#f5f7fa): refused.
    expect(isReadableAccent('#767676')).toBe(false);
  });

  it('derives a dark-scheme variant that reads on the dark surfaces and under dark ink', () => {
    for (const accent of ['#0b5394', '#000000', '#a4161a', '#1b5e20']) {
      const variant = darkAccent(accent);
      for (const bg of ['#0f1216', '#171b21', '#0b1a2a']) expect(contrastRatio(variant, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(darkAccent('#8cc4ff')).toBe('#8cc4ff'); // already light enough: unchanged
  });
});

describe('logo bytes', () => {
  it('recognises a PNG by its signature and IHDR chunk, not its name', () => {
    expect(checkLogo(png())).toEqual({ ok: true, type: 'image/png' });
    const broken = png();
    broken[12] = 0x58;
    expect(checkLogo(broken)).toEqual({ ok: false, reason: 'logo-type' });
  });

  it('recognises a plain SVG', () => {
    expect(checkLogo(svg('<circle cx="5" cy="5" r="4" fill="#0b5394"/>'))).toEqual({ ok: true, type: 'image/svg+xml' });
    expect(checkLogo(new TextEncoder().encode('<?xml version="1.0"?>\n<!-- logo -->\n<svg viewBox="0 0 1 1"><use href="#a"/></svg>\n'))).toEqual({ ok: true, type: 'image/svg+xml' });
  });

  it('refuses what is neither', () => {
    expect(checkLogo(new TextEncoder().encode('GIF89a......'))).toEqual({ ok: false, reason: 'logo-type' });
    expect(checkLogo(new TextEncoder().encode('<html><svg></svg></html>'))).toEqual({ ok: false, reason: 'logo-type' });
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xc3, 0x28]))).toEqual({ ok: false, reason: 'logo-type' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'logo-empty' });
  });

  it('refuses an SVG with script, embedded HTML, handlers or outside references', () => {
    for (const body of [
      '<script>alert(1)</script>',
      '<SCRIPT href="x.js"/>',
      '<foreignObject><div>x</div></foreignObject>',
      '<rect onload="alert(1)" width="1" height="1"/>',
      '<a href="javascript:alert(1)"><rect/></a>',
      '<use xlink:href="https://evil.example/s.svg#x"/>',
      '<rect style="fill:url(https://evil.example/t)"/>',
      '<image href="data:image/svg+xml;base64,AAAA"/>',
      '<style>@import "https://evil.example/x.css";</style>'
    ]) expect(checkLogo(svg(body)), body).toEqual({ ok: false, reason: 'logo-unsafe' });
    expect(checkLogo(new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY a "b">]><svg></svg>'))).toEqual({ ok: false, reason: 'logo-type' });
  });

  it('caps the size', () => {
    expect(checkLogo(png(logoMaxBytes))).toEqual({ ok: false, reason: 'logo-too-large' });
    expect(checkLogo(png(logoMaxBytes - 40)).ok).toBe(true);
  });
});

it('the demo branding passes the rules it would meet in the settings page', () => {
  expect(isReadableAccent(demoBranding.accent)).toBe(true);
  expect(checkLogo(new TextEncoder().encode(demoBranding.logo))).toEqual({ ok: true, type: 'image/svg+xml' });
});
