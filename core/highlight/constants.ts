/**
 * Names the page can see. All carry the extension's prefix so they never collide with a site's
 * own classes, and so the in-page card (another module) can recognise our marks.
 */
export const MARK_CLASS = 'fackkoll-mark';
export const TOPIC_ATTR = 'data-fackkoll-topic';
/** Put on every element the extension adds to a page (style, card host) so the scanner skips it. */
export const UI_ATTR = 'data-fackkoll-ui';
/** Custom elements named fackkoll-* (the card's shadow host) are ours too. */
export const UI_TAG_PREFIX = 'fackkoll-';
export const FLASH_CLASS = 'fackkoll-flash';

/** NodeFilter values as numbers: the NodeFilter global differs per realm (iframes, Firefox xrays). */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
export const FILTER_SKIP = 3;
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const FRAGMENT_NODE = 11;
