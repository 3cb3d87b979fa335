export { FLASH_CLASS, MARK_CLASS, TOPIC_ATTR, UI_ATTR, UI_TAG_PREFIX } from './constants';
export { createHighlighter, type Highlighter, type HighlighterOptions } from './createHighlighter';
export { EXCLUDED_SELECTOR, isExcludedElement, isInsideExcluded } from './exclusion';
export { highlightCss } from './highlightCss';
export type { Appearance, HighlightMatcher, HighlightStyle, MarkActivation, TopicLook } from './types';
