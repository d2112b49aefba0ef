// Rasterises SVGs (the network quality label) to PNG with resvg. Text needs a real font file:
// DejaVu Sans comes from Debian's fonts-dejavu-core package (installed in CI and in the container
// image) under /usr/share/fonts/truetype/dejavu; system fonts are loaded as a fallback.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

let fontFiles: string[] | undefined;

/** The DejaVu Sans font files present on this machine (empty when fonts-dejavu-core is missing). */
export function dejavuFontFiles(): string[] {
  fontFiles ??= existsSync(DEJAVU_DIR)
    ? readdirSync(DEJAVU_DIR).filter((f) => /^DejaVuSans(-Bold|-Oblique|-BoldOblique)?\.ttf$/.test(f)).map((f) => join(DEJAVU_DIR, f))
    : [];
  return fontFiles;
}

export function resvgOptions(width: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, fontFiles: dejavuFontFiles(), defaultFontFamily: 'DejaVu Sans' }
  };
}

/** Renders `svg` to PNG bytes, scaled to `width` pixels wide (height keeps the aspect ratio). */
export function renderPng(svg: string, width = 1200): Uint8Array {
  const png = new Resvg(svg, resvgOptions(width)).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
