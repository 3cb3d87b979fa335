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

/** The three 0-255 channels of #rrggbb. */
const bytes = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/**
 * Linear light of each channel byte, made on first use. A page view shades its topics' colours
 * with these rules (highlight-config.ts, and highlight-css.ts where no shades are stored), and a
 * shade search tries up to a hundred colours per topic: reading a table instead of formatting,
 * parsing and raising to 2.4 each time took about 1 ms off such a page view (bench CPU profile,
 * 1.2 -> 0.3 ms).
 */
let linearTable: Float64Array | undefined;
function linearOf(byte: number): number {
  if (!linearTable) {
    linearTable = new Float64Array(256);
    for (let i = 0; i < 256; i++) linearTable[i] = linear(i / 255);
  }
  return linearTable[byte] as number;
}

const luminanceOf = (r: number, g: number, b: number) =>
  0.2126 * linearOf(r) + 0.7152 * linearOf(g) + 0.0722 * linearOf(b);

function luminance(hex: string): number {
  const [r, g, b] = bytes(hex);
  return luminanceOf(r, g, b);
}

const ratioOf = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);

export function contrastRatio(a: string, b: string): number {
  return ratioOf(luminance(a), luminance(b));
}

const hexOf = (r: number, g: number, b: number) =>
  `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;

/**
 * The first of `hex` mixed 0 %, 1 %, … 100 % toward `target` (per sRGB channel, rounded to a
 * byte) whose luminance `ok` accepts, as #rrggbb. Mixing toward white (or black) never lowers (or
 * raises) a channel, so luminance moves one way along the steps and `ok` (a threshold on it)
 * holds from some step on: a binary search finds that step in 7 tries instead of up to 101.
 */
function nearest(hex: string, target: number, ok: (luminance: number) => boolean): string {
  // The same float steps as mixing 0-1 channels, so every shade comes out as it always has.
  const channels = bytes(hex).map((c) => c / 255);
  const at = (step: number) =>
    channels.map((c) => Math.round((c + (target - c) * (step / 100)) * 255)) as [number, number, number];
  const passes = (step: number) => ok(luminanceOf(...at(step)));
  if (passes(0)) return hexOf(...at(0));
  if (!passes(100)) return target === 1 ? '#ffffff' : '#000000';
  let fails = 0;
  let holds = 100;
  while (holds - fails > 1) {
    const mid = (fails + holds) >> 1;
    if (passes(mid)) holds = mid;
    else fails = mid;
  }
  return hexOf(...at(holds));
}

const MARK_TEXT_LUMINANCE = luminance(MARK_TEXT_COLOR);
const WHITE_LUMINANCE = luminance('#ffffff');

/**
 * The colour a fill is drawn in: `hex` itself when #111 text stays readable on it, else the
 * nearest lighter shade of the same hue that keeps 4.5:1 (white at the very end passes).
 * Anything but #rrggbb is not a colour the schema lets through; it is returned as it is.
 */
export function readableShade(hex: string): string {
  if (!HEX.test(hex)) return hex;
  return nearest(hex, 1, (l) => ratioOf(l, MARK_TEXT_LUMINANCE) >= MIN_CONTRAST);
}

/** The colour a topic's line is drawn in: the nearest darker shade with 3:1 against white. */
export function lineShade(hex: string): string {
  if (!HEX.test(hex)) return hex;
  return nearest(hex, 0, (l) => ratioOf(l, WHITE_LUMINANCE) >= MIN_LINE_CONTRAST);
}

/** `hex` half way to black, as color-mix(in srgb, hex 50%, #000) draws it. */
export function halfToBlack(hex: string): string {
  const [r, g, b] = bytes(hex).map((c) => Math.round(c / 2)) as [number, number, number];
  return hexOf(r, g, b);
}

/** OKLab: a perceptual space, so distance approximates how different two colours look. */
function oklab(hex: string): [number, number, number] {
  const [r, g, b] = bytes(hex).map(linearOf) as [number, number, number];
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
