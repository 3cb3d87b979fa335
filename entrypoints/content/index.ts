import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '../../data/news-sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  main() {},
});
