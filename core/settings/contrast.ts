/** WCAG contrast, to keep the dark mark text (#111) readable on every highlight colour. */

export const MARK_TEXT_COLOR = '#111111';
export const MIN_CONTRAST = 4.5;

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const isReadableBehindMarkText = (color: string) =>
  contrastRatio(color, MARK_TEXT_COLOR) >= MIN_CONTRAST;
