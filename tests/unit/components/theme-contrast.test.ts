import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../components/theme.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--fk-([a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
  );
}

const light = palette(css.split('@media (prefers-color-scheme: dark)')[0] ?? '');
const dark = { ...light, ...palette(css.split('@media (prefers-color-scheme: dark)')[1] ?? '') };

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, colors) => {
  it.each([
    ['fg', 'bg'],
    ['fg', 'surface'],
    ['muted', 'bg'],
    ['muted', 'surface'],
    ['link', 'bg'],
    ['on-accent', 'accent'],
  ])('text %s on %s is at least 4.5:1', (text, background) => {
    expect(contrast(colors[text] as string, colors[background] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['focus', 'bg'],
    ['bar', 'bar-track'],
    ['bar', 'surface'],
  ])('graphic %s on %s is at least 3:1', (graphic, background) => {
    expect(contrast(colors[graphic] as string, colors[background] as string)).toBeGreaterThanOrEqual(3);
  });
});
