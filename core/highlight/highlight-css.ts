/**
 * The stylesheet for our marks. Colours live in per-topic custom properties, so a colour or style
 * change rewrites one <style> per root and never touches a mark. Besides its colour, each topic
 * gets a line style (solid, dashed…) so topics are told apart without colour vision too.
 * Nothing here changes the box size of a mark: highlighting must not reflow the page.
 */
import { isId } from '../pack/id';
import { colorDistance, lineShade, readableShade } from '../settings/contrast';
import { FLASH_CLASS, MARK_CLASS, TOPIC_ATTR } from './constants';
import type { Appearance, HighlightStyle } from './types';

const LINES = ['solid', 'dashed', 'dotted', 'double'] as const;
const SAFE_COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = '#ffe58a';
/** Under a fill: dark enough for a readable line on the light topic colours. */
const LINE_COLOR = 'color-mix(in srgb, var(--fackkoll-color) 50%, #000)';
/**
 * Without a fill the line is all there is: the topic's own hue, darkened just enough for 3:1 on
 * a white page (lineShade), so lines of different topics differ in colour as well as pattern.
 */
const STROKE = 'var(--fackkoll-stroke)';
const FOCUS = '#1a4fd6';

const M = `mark.${MARK_CLASS}`;

const BY_STYLE: Record<HighlightStyle, string> = {
  // Light fill with near-black text: readable whatever the page's own text colour is.
  fill: `background-color:var(--fackkoll-color)!important;color:#111!important;text-decoration:underline var(--fackkoll-line) 2px ${LINE_COLOR}!important;`,
  underline: `background-color:transparent!important;color:inherit!important;text-decoration:underline var(--fackkoll-line) 3px ${STROKE}!important;`,
  outline: `background-color:transparent!important;color:inherit!important;text-decoration:none!important;outline:2px var(--fackkoll-line) ${STROKE}!important;outline-offset:1px;`,
};

/**
 * A line pattern per topic, so that topics whose lines are alike in colour differ in pattern:
 * each takes the pattern whose nearest line colour is farthest from its own (the first four
 * topics take the four patterns in turn).
 */
function linePatterns(strokes: readonly string[]): (typeof LINES)[number][] {
  const chosen: (typeof LINES)[number][] = [];
  for (const [i, stroke] of strokes.entries()) {
    // Each distance once (every page view writes this sheet), not once per pattern tried.
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

export function highlightCss(appearance: Appearance): string {
  const topics = appearance.topics
    .filter((t) => isId(t.id))
    .map((t) => {
      // Shaded here too: whatever reaches the page keeps #111 text at 4.5:1.
      const color = readableShade(SAFE_COLOR.test(t.color) ? t.color.toLowerCase() : FALLBACK_COLOR);
      return { id: t.id, color, stroke: lineShade(color) };
    });
  const patterns = linePatterns(topics.map((t) => t.stroke));
  const topicRules = topics.map(
    (t, i) =>
      `${M}[${TOPIC_ATTR}="${t.id}"]{--fackkoll-color:${t.color};--fackkoll-stroke:${t.stroke};--fackkoll-line:${patterns[i]}}`,
  );
  if (appearance.quiet) return [`${M}{${QUIET}}`, ...flashRules()].join('\n');
  return [
    `${M}{--fackkoll-color:${FALLBACK_COLOR};--fackkoll-stroke:${lineShade(FALLBACK_COLOR)};--fackkoll-line:solid}`,
    ...topicRules,
    `${M}{${BY_STYLE[appearance.style]}text-decoration-skip-ink:none;text-underline-offset:.15em;border-radius:.15em;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}`,
    `${M}:focus-visible{outline:3px solid ${FOCUS}!important;outline-offset:2px}`,
    ...flashRules(),
    // Forced colours drop backgrounds: keep a visible system-coloured line.
    `@media (forced-colors:active){${M}{outline:1px solid Highlight!important}}`,
  ].join('\n');
}

/** The popup's "show this match": a ring that pulses, or stays without motion. */
function flashRules(): string[] {
  return [
    `@keyframes fackkoll-flash{0%,100%{box-shadow:0 0 0 0 transparent}50%{box-shadow:0 0 0 .3em ${FOCUS}}}`,
    `${M}.${FLASH_CLASS}{animation:fackkoll-flash .4s ease-in-out 4}`,
    `@media (prefers-reduced-motion:reduce){${M}.${FLASH_CLASS}{animation:none;box-shadow:0 0 0 .2em ${FOCUS}}}`,
  ];
}
