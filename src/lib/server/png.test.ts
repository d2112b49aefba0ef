import { describe, it, expect } from 'vitest';
import { inflateSync } from 'node:zlib';
import { renderLabelSvg, type LabelInput } from '$lib/features/label/rules';
import { dejavuFontFiles, renderPng } from './png';

const label: LabelInput = {
  networkName: 'Scholennetwerk voor jonge mantelzorgers',
  organisationName: 'Samana',
  schoolName: 'Sint-Jozefscollege Hasselt',
  schoolYear: '2023-2024',
  verifyUrl: 'https://netwerkplein.be/label/controle/abc123',
  caption: 'Lid van het netwerk',
  verifyText: 'Controleer dit label'
};
const empty: LabelInput = { ...label, networkName: label.networkName, organisationName: '', schoolName: '', schoolYear: '', verifyUrl: '', caption: '', verifyText: '' };

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes) into its pixels. */
function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  expect([png[24], png[25], png[28]]).toEqual([8, 6, 0]); // bit depth 8, RGBA, no interlace
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) throw new Error(`bad PNG filter ${filter}`);
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** Opaque pixels that are not (nearly) white, within rows [fromY, toY) and columns [fromX, toX). */
function inked(image: ReturnType<typeof decodePng>, fromY = 0, toY = image.height, fromX = 0, toX = image.width): number {
  let count = 0;
  for (let y = fromY; y < toY; y++) {
    for (let x = fromX; x < toX; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b, a] = [image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!, image.pixels[i + 3]!];
      if (a > 128 && Math.min(r, g, b) < 200) count++;
    }
  }
  return count;
}

describe('renderPng', () => {
  const png = renderPng(renderLabelSvg(label));

  it('finds the DejaVu Sans fonts (fonts-dejavu-core)', () => {
    expect(dejavuFontFiles().some((f) => f.endsWith('/DejaVuSans.ttf'))).toBe(true);
    expect(dejavuFontFiles().some((f) => f.endsWith('/DejaVuSans-Bold.ttf'))).toBe(true);
  });

  it('returns a 1200 pixels wide PNG by default', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(view.getUint32(16)).toBe(1200);
    expect(view.getUint32(20)).toBe(1200);
    expect(new DataView(renderPng(renderLabelSvg(label), 300).buffer).getUint32(16)).toBe(300);
  });

  it('actually draws the text', () => {
    const other = renderPng(renderLabelSvg({ ...label, schoolName: 'GO! Atheneum Brugge' }));
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);

    const withText = decodePng(png);
    const withoutText = decodePng(renderPng(renderLabelSvg(empty)));
    expect(withText.width).toBe(1200);
    expect(withText.pixels).toHaveLength(1200 * 1200 * 4);
    // The school name sits on white in y 332–424, x 50–550 (of 600): ink there only with text.
    expect(inked(withoutText, 664, 848, 100, 1100)).toBe(0);
    expect(inked(withText, 664, 848, 100, 1100)).toBeGreaterThan(5000);
    expect(inked(withText)).toBeGreaterThan(inked(withoutText) + 10000);
  });
});
