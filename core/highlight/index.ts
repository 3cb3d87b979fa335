/** The page engine's public surface; README.md walks a page from start() to its marks. */
export { FLASH_CLASS, MARK_CLASS, TOPIC_ATTR, UI_ATTR, UI_TAG_PREFIX } from './constants';
export type { HighlighterEvents, WorkPhase } from './events';
export { EXCLUDED_SELECTOR, isExcludedElement, isInsideExcluded } from './exclusion';
export { highlightCss, type MadeSheet, withSheet } from './highlight-css';
export {
  createHighlighter,
  type Highlighter,
  type HighlighterOptions,
  type RemovedMarks,
} from './highlighter';
export { removeLeftovers } from './leftovers';
export { type SlicePhase, type YieldPhase, yieldToPage } from './pacing';
export type { Appearance, HighlightMatcher, HighlightStyle, MarkActivation, TopicLook } from './types';
