/**
 * The stylesheet for our marks. Colours live in per-topic custom properties, so a colour or style
 * change rewrites one <style> per root and never touches a mark. Besides its colour, each topic
 * gets a line style (solid, dashed…) so topics are told apart without colour vision too.
 * Nothing here changes the box size of a mark: highlighting must not reflow the page.
 */
import { isId } from '../pack/id';
import { FLASH_CLASS, MARK_CLASS, TOPIC_ATTR } from './constants';
import type { Appearance, HighlightStyle } from './types';

const LINES = ['solid', 'dashed', 'dotted', 'double'] as const;
const SAFE_COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = '#ffe58a';
/** Dark enough for a readable line on white and on the light topic colours. */
const LINE_COLOR = 'color-mix(in srgb, var(--fackkoll-color) 50%, #000)';
const FOCUS = '#1a4fd6';

const M = `mark.${MARK_CLASS}`;

const BY_STYLE: Record<HighlightStyle, string> = {
  // Light fill with near-black text: readable whatever the page's own text colour is.
  fill: `background-color:var(--fackkoll-color)!important;color:#111!important;text-decoration:underline var(--fackkoll-line) 2px ${LINE_COLOR}!important;`,
  underline: `background-color:transparent!important;color:inherit!important;text-decoration:underline var(--fackkoll-line) 3px ${LINE_COLOR}!important;`,
  outline: `background-color:transparent!important;color:inherit!important;text-decoration:none!important;outline:2px var(--fackkoll-line) ${LINE_COLOR}!important;outline-offset:1px;`,
};

export function highlightCss(appearance: Appearance): string {
  const topicRules = appearance.topics
    .filter((t) => isId(t.id))
    .map((t, i) => {
      const color = SAFE_COLOR.test(t.color) ? t.color.toLowerCase() : FALLBACK_COLOR;
      return `${M}[${TOPIC_ATTR}="${t.id}"]{--fackkoll-color:${color};--fackkoll-line:${LINES[i % LINES.length]}}`;
    });
  return [
    `${M}{--fackkoll-color:${FALLBACK_COLOR};--fackkoll-line:solid}`,
    ...topicRules,
    `${M}{${BY_STYLE[appearance.style]}text-decoration-skip-ink:none;text-underline-offset:.15em;border-radius:.15em;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}`,
    `${M}:focus-visible{outline:3px solid ${FOCUS}!important;outline-offset:2px}`,
    `@keyframes fackkoll-flash{0%,100%{box-shadow:0 0 0 0 transparent}50%{box-shadow:0 0 0 .3em ${FOCUS}}}`,
    `${M}.${FLASH_CLASS}{animation:fackkoll-flash .4s ease-in-out 4}`,
    `@media (prefers-reduced-motion:reduce){${M}.${FLASH_CLASS}{animation:none;box-shadow:0 0 0 .2em ${FOCUS}}}`,
    // Forced colours drop backgrounds: keep a visible system-coloured line.
    `@media (forced-colors:active){${M}{outline:1px solid Highlight!important}}`,
  ].join('\n');
}
