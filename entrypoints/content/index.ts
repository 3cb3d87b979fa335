import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '../../data/news-sites';
import { TEST_HOST_MATCHES } from '../../data/test-hosts';
import { startTopicCards } from './card/topic-cards';
import { guardHandOver } from './guard-hand-over';
import { startPageHighlighting } from './page-highlighting';
import { recordTestError } from './test-probe';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES, ...(import.meta.env.WXT_TEST_HOSTS === '1' ? TEST_HOST_MATCHES : [])],
  // WXT would otherwise post "<extension id>:…:content-script-started" to the page: a page has no
  // business learning that Fackkoll is installed, let alone its id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardHandOver(ctx);
    startTopicCards(ctx);
    startPageHighlighting(ctx).catch((error: unknown) => {
      if (import.meta.env.WXT_TEST_HOSTS === '1') recordTestError(error);
      console.error('Fackkoll: highlighting failed', error);
    });
  },
});
