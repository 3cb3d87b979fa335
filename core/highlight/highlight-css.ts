/**
 * The stylesheet for our marks: a rule per topic, so a colour or style change rewrites one
 * <style> per root and never touches a mark. Besides its colour, each topic
 * gets a line style (solid, dashed…) so topics are told apart without colour vision too.
 * Nothing here changes the box size of a mark: highlighting must not reflow the page.
 */
import { isId } from '../pack/id';
import { colorDistance, halfToBlack, lineShade, readableShade } from '../settings/contrast';
import { FLASH_CLASS, MARK_CLASS, TOPIC_ATTR } from './constants';
import type { Appearance, HighlightStyle } from './types';

const LINES = ['solid', 'dashed', 'dotted', 'double'] as const;
const SAFE_COLOR = /^#[0-9a-f]{6}$/i;
export const FALLBACK_COLOR = '#ffe58a';
const FOCUS = '#1a4fd6';

const M = `mark.${MARK_CLASS}`;

/**
 * A line pattern per topic, so that topics whose lines are alike in colour differ in pattern:
 * each takes the pattern whose nearest line colour is farthest from its own (the first four
 * topics take the four patterns in turn).
 */
function linePatterns(strokes: readonly string[]): Line[] {
  const chosen: Line[] = [];
  for (const [i, stroke] of strokes.entries()) {
    // Each distance once (a page view with no shades stored works them out), not once per pattern.
    const distances = strokes.slice(0, i).map((other) => colorDistance(other, stroke));
    const nearest = (pattern: string) =>
      Math.min(
        Number.POSITIVE_INFINITY,
        ...distances.flatMap((distance, j) => (chosen[j] === pattern ? [distance] : [])),
      );
    chosen.push(LINES.reduce((best, pattern) => (nearest(pattern) > nearest(best) ? pattern : best)));
  }
  return chosen;
}

/** Quiet marks (Appearance.quiet): the page's own look, except the flash when the popup finds one. */
const QUIET = `background-color:transparent!important;color:inherit!important;text-decoration:inherit!important;outline:none!important;cursor:inherit`;

/**
 * Raised with any change to how topicShades works colours out, so that no page view takes shades
 * stored by code that worked them out differently (tests/unit/core/highlight/stored-sheet.test.ts
 * pins them for the bundled topics). The content script adds the extension's version as well.
 */
export const SHEET_FORMAT = 1;

type Line = (typeof LINES)[number];

/** A topic as its rule draws it: the fill, the line's colour and the line's pattern. */
export interface TopicShade {
  id: string;
  color: string;
  stroke: string;
  line: Line;
}

/** Shades worked out for some topics' colours (styleKey), to be stored for the next page views. */
export interface MadeSheet {
  key: string;
  shades: TopicShade[];
}

/** What the shades depend on, as one string: the topics' ids and colours, in order. */
export function styleKey(appearance: Appearance, revision = ''): string {
  return JSON.stringify([SHEET_FORMAT, revision, appearance.topics.map((t) => [t.id, t.color])]);
}

/**
 * The look with its stylesheet, from the shades stored for its topics' colours
 * (storage/mark-style.ts) when they fit, else worked out now and returned as `made` as well, to
 * be stored. The colour math is what costs (1.3-1.4 ms of a cold page view); writing the sheet
 * from the shades is cheap. Stored shades are checked colour by colour before they reach the
 * sheet, as the settings' colours are. Quiet marks take no colour.
 */
export function withSheet(
  appearance: Appearance,
  stored: unknown,
  revision = '',
): { appearance: Appearance; made?: MadeSheet } {
  if (appearance.quiet) return { appearance };
  const key = styleKey(appearance, revision);
  const fitting = storedShades(stored, key, appearance);
  if (fitting) return { appearance: { ...appearance, css: cssOf(appearance.style, fitting) } };
  const shades = topicShades(appearance);
  return { appearance: { ...appearance, css: cssOf(appearance.style, shades) }, made: { key, shades } };
}

function storedShades(stored: unknown, key: string, appearance: Appearance): TopicShade[] | undefined {
  const sheet = stored as Partial<MadeSheet> | null | undefined;
  const shades = sheet?.shades;
  if (sheet?.key !== key || !Array.isArray(shades)) return undefined;
  const ids = appearance.topics.map((t) => t.id).filter(isId);
  const fits =
    shades.length === ids.length &&
    shades.every(
      (s: Partial<TopicShade> | null, i) =>
        s?.id === ids[i] &&
        SAFE_COLOR.test(String(s?.color)) &&
        SAFE_COLOR.test(String(s?.stroke)) &&
        (LINES as readonly unknown[]).includes(s?.line),
    );
  return fits ? shades : undefined;
}

/** The stylesheet for a look: the one its caller made (withSheet), or made now. */
export function stylesheetFor(appearance: Appearance): string {
  return !appearance.quiet && appearance.css !== undefined ? appearance.css : highlightCss(appearance);
}

export function highlightCss(appearance: Appearance): string {
  // Quiet marks take no colour: no shade is worked out for them.
  if (appearance.quiet) return [`${M}{${QUIET}}`, ...flashRules()].join('\n');
  return cssOf(appearance.style, topicShades(appearance));
}

/** Each topic's fill, line colour and line pattern: the colour math. */
export function topicShades(appearance: Appearance): TopicShade[] {
  const topics = appearance.topics
    .filter((t) => isId(t.id))
    .map((t) => {
      // Shaded here too: whatever reaches the page keeps #111 text at 4.5:1.
      const color = readableShade(SAFE_COLOR.test(t.color) ? t.color.toLowerCase() : FALLBACK_COLOR);
      return { id: t.id, color, stroke: lineShade(color) };
    });
  const patterns = linePatterns(topics.map((t) => t.stroke));
  return topics.map((t, i) => ({ ...t, line: patterns[i] ?? 'solid' }));
}

/** lineShade(FALLBACK_COLOR), written out so that writing a sheet takes no colour math. */
export const FALLBACK_STROKE = '#a39358';

function cssOf(style: HighlightStyle, shades: readonly TopicShade[]): string {
  const look = LOOKS[style];
  const fallback = { color: FALLBACK_COLOR, stroke: FALLBACK_STROKE };
  return [
    `${M}{${look.shared}${look.topic(fallback, 'solid')}text-decoration-skip-ink:none;text-underline-offset:.15em;border-radius:.15em;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}`,
    ...shades.map((t) => `${M}[${TOPIC_ATTR}="${t.id}"]{${look.topic(t, t.line)}}`),
    `${M}:focus-visible{outline:3px solid ${FOCUS}!important;outline-offset:2px}`,
    ...flashRules(),
    // Forced colours drop backgrounds: keep a visible system-coloured line (as specific as a
    // topic's rule and after it, so it wins over the outline style's line too).
    `@media (forced-colors:active){${M}[${TOPIC_ATTR}]{outline:1px solid Highlight!important}}`,
  ].join('\n');
}

type Shades = { color: string; stroke: string };

/**
 * Each style as what every mark shares and what its topic's rule sets, with the colours written
 * out: custom properties and color-mix() left the browser to resolve them on every mark it
 * styled, and marks took a third longer to style than with plain colours (1 500-node bench page,
 * 264 marks: 1.5-1.9 ms of style recalculation, 1.3-1.4 without).
 */
const LOOKS: Record<HighlightStyle, { shared: string; topic(t: Shades, line: string): string }> = {
  // Light fill with near-black text: readable whatever the page's own text colour is; the
  // line under it is the fill darkened to half, readable on the light topic colours.
  fill: {
    shared: 'color:#111!important;',
    topic: (t, line) =>
      `background-color:${t.color}!important;text-decoration:underline ${line} 2px ${halfToBlack(t.color)}!important;`,
  },
  // Without a fill the line is all there is: the topic's own hue, darkened just enough for 3:1
  // on a white page (lineShade), so lines of different topics differ in colour as well as pattern.
  underline: {
    shared: 'background-color:transparent!important;color:inherit!important;',
    topic: (t, line) => `text-decoration:underline ${line} 3px ${t.stroke}!important;`,
  },
  outline: {
    shared:
      'background-color:transparent!important;color:inherit!important;text-decoration:none!important;outline-offset:1px;',
    topic: (t, line) => `outline:2px ${line} ${t.stroke}!important;`,
  },
};

/** The popup's "show this match": a ring that pulses, or stays without motion. */
function flashRules(): string[] {
  return [
    `@keyframes fackkoll-flash{0%,100%{box-shadow:0 0 0 0 transparent}50%{box-shadow:0 0 0 .3em ${FOCUS}}}`,
    `${M}.${FLASH_CLASS}{animation:fackkoll-flash .4s ease-in-out 4}`,
    `@media (prefers-reduced-motion:reduce){${M}.${FLASH_CLASS}{animation:none;box-shadow:0 0 0 .2em ${FOCUS}}}`,
  ];
}
