import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './data/news-sites';
import { isTestBuild, TEST_HOST_MATCHES } from './data/test-hosts';
import { markjsWithoutIterator } from './tools/build/markjs-without-iterator';
import { noHtmlSinks } from './tools/build/no-html-sinks';

// Everything the manifest asks for is justified in docs/PERMISSIONS.md.
// A test build (WXT_TEST_HOSTS=1) also runs on localhost so e2e tests, the demo and the
// sweep can serve fixture pages; it goes to its own folder and is never zipped.
const testBuild = isTestBuild(process.env);
const USER_SITE_PATTERNS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  outDir: testBuild ? '.output-test' : '.output',
  // Explicit imports keep context boundaries visible to the linter.
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [noHtmlSinks(), markjsWithoutIterator(), preact()],
    // The modulepreload polyfill calls fetch() on our own chunks; extension pages do not need it.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...NEWS_SITE_MATCHES, ...(testBuild ? TEST_HOST_MATCHES : [])],
    // Sites the user adds are asked for one at a time; MV2 (Firefox) names them optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: USER_SITE_PATTERNS }
      : { optional_host_permissions: USER_SITE_PATTERNS }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandScanPage__',
      },
    },
    // Chrome rejects unknown keys with a warning; only Firefox gets its own settings. Both
    // minimums cover WebCrypto's Ed25519, which pack signatures need (Chrome 137, Firefox 129).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fackkoll@fackkoll.example',
              // data_collection_permissions exists from Firefox 142 (desktop and Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '137' }),
  }),
});
