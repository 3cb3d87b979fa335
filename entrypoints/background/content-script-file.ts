/**
 * Where WXT writes the content script (entrypoints/content/index.ts) in the built extension. The
 * background injects it on request (scan-tab.ts) and registers it on the user's sites
 * (user-sites.ts); tests/e2e/release-bundle.e2e.ts checks the build puts it there.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The in-page card (entrypoints/topic-card/index.ts), injected on the first click (card-loader.ts). */
export const CARD_SCRIPT_FILE = '/topic-card.js';
