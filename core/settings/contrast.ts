/**
 * Colour rules for highlights. A fill keeps the dark mark text (#111) at WCAG AA contrast; a line
 * (the underline and outline styles) keeps the non-text contrast of 3:1 against a white page; two
 * topics' colours stay far enough apart in OKLab to be told apart side by side.
 */

export const MARK_TEXT_COLOR = '#111111';
export const MIN_CONTRAST = 4.5;
/** WCAG 1.4.11 (non-text contrast), for a line drawn on the page's white. */
export const MIN_LINE_CONTRAST = 3;
/** 0.05 in OKLab is several just-noticeable differences; closer, two topics blur together. */
export const MIN_DISTANCE = 0.05;

const HEX = /^#[0-9a-f]{6}$/i;

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const isReadableBehindMarkText = (color: string) =>
  contrastRatio(color, MARK_TEXT_COLOR) >= MIN_CONTRAST;

/** `hex` moved `t` of the way to `target`, per sRGB channel, as #rrggbb. */
function mix(hex: string, target: number, t: number): string {
  return `#${channels(hex)
    .map((c) => Math.round((c + (target - c) * t) * 255))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The first of `hex` mixed 0 %, 1 %, … 100 % toward `target` that `ok` accepts. */
function nearest(hex: string, target: number, ok: (color: string) => boolean): string {
  const color = hex.toLowerCase();
  for (let step = 0; step <= 100; step++) {
    const candidate = mix(color, target, step / 100);
    if (ok(candidate)) return candidate;
  }
  return target === 1 ? '#ffffff' : '#000000';
}

/**
 * The colour a fill is drawn in: `hex` itself when #111 text stays readable on it, else the
 * nearest lighter shade of the same hue that keeps 4.5:1 (white at the very end passes).
 * Anything but #rrggbb is not a colour the schema lets through; it is returned as it is.
 */
export function readableShade(hex: string): string {
  if (!HEX.test(hex)) return hex;
  return nearest(hex, 1, isReadableBehindMarkText);
}

/** The colour a topic's line is drawn in: the nearest darker shade with 3:1 against white. */
export function lineShade(hex: string): string {
  if (!HEX.test(hex)) return hex;
  return nearest(hex, 0, (c) => contrastRatio(c, '#ffffff') >= MIN_LINE_CONTRAST);
}

/** OKLab: a perceptual space, so distance approximates how different two colours look. */
function oklab(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function colorDistance(a: string, b: string): number {
  const [x, y] = [oklab(a), oklab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}
