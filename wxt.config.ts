import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './data/news-sites';

// Everything the manifest asks for is justified in docs/PERMISSIONS.md.
export default defineConfig({
  // Explicit imports keep context boundaries visible to the linter.
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: NEWS_SITE_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandScanPage__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'fackkoll@fackkoll.example',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
