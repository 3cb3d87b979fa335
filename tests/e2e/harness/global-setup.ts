import { buildTestExtension } from './build-extension';
import { findBrowser } from './find-browser';

/** Fails early, naming the missing browser, and builds the test extension once for all specs. */
export default function setup(): void {
  findBrowser('chromium');
  findBrowser('firefox');
  if (process.env.FACKKOLL_SKIP_BUILD === '1') return;
  buildTestExtension('chromium');
  buildTestExtension('firefox');
}
