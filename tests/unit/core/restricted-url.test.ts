import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../../core/restricted-url';

describe('isRestrictedUrl', () => {
  it('covers browser pages, extensions, data and script URLs, and the add-on stores', () => {
    for (const url of [
      'chrome://newtab',
      'edge://settings',
      'about:addons',
      'moz-extension://abc/popup.html',
      'chrome-extension://abc/popup.html',
      'view-source:https://www.dn.se/',
      'data:text/html,hej',
      'javascript:alert(1)',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://addons.mozilla.org/sv-SE/firefox/',
      'https://microsoftedge.microsoft.com/addons/detail/x',
    ])
      expect(isRestrictedUrl(url), url).toBe(true);
  });

  it('does not mistake a page that merely mentions a store for the store', () => {
    expect(isRestrictedUrl('https://www.dn.se/')).toBe(false);
    expect(isRestrictedUrl('https://example.com/chromewebstore.google.com')).toBe(false);
    expect(isRestrictedUrl('https://addons.mozilla.org.evil.example/')).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});
