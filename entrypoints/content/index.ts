import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '../../data/news-sites';
import { TEST_HOST_MATCHES } from '../../data/test-hosts';
import { startCardLoader } from './card/card-loader';
import { guardHandOver } from './guard-hand-over';
import { startPageHighlighting } from './page-highlighting';
import { createTestProbe } from './test-probe';

/** Vite inlines WXT_* variables, so in a release build the probe and its import fall away. */
const TEST_BUILD = import.meta.env.WXT_TEST_HOSTS === '1';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES, ...(TEST_BUILD ? TEST_HOST_MATCHES : [])],
  // WXT would otherwise post "<extension id>:…:content-script-started" to the page: a page has no
  // business learning that Fackkoll is installed, let alone its id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardHandOver(ctx);
    const loadCardScript = startCardLoader(ctx);
    const probe = TEST_BUILD ? createTestProbe() : undefined;
    startPageHighlighting(ctx, loadCardScript, probe).catch((error: unknown) => {
      probe?.recordError(error);
      console.error('Fackkoll: highlighting failed', error);
    });
  },
});
