import { describe, expect, it } from 'vitest';
import {
  hostOf,
  stateFromPage,
  stateFromScan,
  withSiteRule,
} from '../../../../entrypoints/popup/popup-state';
import { popupParams } from '../../../../entrypoints/popup/target-tab';

const report = { url: 'https://x.se/', topics: [{ topic: 'welfare', count: 2 }], total: 2 };

describe('stateFromPage', () => {
  it('reads an unanswered page as not scanned, unless no script may run there', () => {
    expect(stateFromPage(undefined, 'https://example.com/a')).toEqual({ kind: 'not-scanned' });
    expect(stateFromPage(undefined, undefined)).toEqual({ kind: 'not-scanned' });
    for (const url of [
      'chrome://extensions',
      'about:addons',
      'moz-extension://abc/options.html',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/sv-SE/firefox/',
    ]) {
      expect(stateFromPage(undefined, url)).toEqual({ kind: 'restricted' });
    }
  });

  it('passes scanning and site-off through and splits results from nothing found', () => {
    expect(stateFromPage({ kind: 'scanning' }, undefined)).toEqual({ kind: 'scanning' });
    expect(stateFromPage({ kind: 'site-off', host: 'dn.se' }, undefined)).toEqual({
      kind: 'site-off',
      host: 'dn.se',
    });
    expect(stateFromPage({ kind: 'done', report, topics: ['t'], positions: ['p'] }, undefined)).toEqual({
      kind: 'results',
      report,
      central: ['t'],
      positions: ['p'],
    });
    expect(
      stateFromPage(
        { kind: 'done', report: { ...report, topics: [], total: 0 }, topics: [], positions: [] },
        undefined,
      ),
    ).toEqual({
      kind: 'nothing-found',
    });
  });
});

describe('withSiteRule', () => {
  it('calls a site off only when the user switched it off; elsewhere the page waits for a scan', () => {
    const off = { kind: 'site-off', host: 'dn.se' } as const;
    expect(withSiteRule(off, 'never', 'dn.se')).toEqual(off);
    expect(withSiteRule(off, 'on-request', 'dn.se')).toEqual({ kind: 'not-scanned' });
    expect(withSiteRule(off, 'auto', 'dn.se')).toEqual({ kind: 'not-scanned' });
  });

  it('shows a site as off as soon as the user switches it off', () => {
    expect(withSiteRule({ kind: 'results', report }, 'never', 'x.se')).toEqual({
      kind: 'site-off',
      host: 'x.se',
    });
    expect(withSiteRule({ kind: 'nothing-found' }, 'never', 'x.se')).toEqual({
      kind: 'site-off',
      host: 'x.se',
    });
    expect(withSiteRule({ kind: 'results', report }, 'auto', 'x.se')).toEqual({ kind: 'results', report });
    expect(withSiteRule({ kind: 'restricted' }, 'never', 'x.se')).toEqual({ kind: 'restricted' });
  });
});

describe('stateFromScan', () => {
  it('waits for the page after a successful scan and names each failure', () => {
    expect(stateFromScan({ ok: true })).toEqual({ kind: 'scanning' });
    expect(stateFromScan({ ok: false, reason: 'restricted' })).toEqual({ kind: 'restricted' });
    expect(stateFromScan({ ok: false, reason: 'no-permission' })).toEqual({ kind: 'no-permission' });
    expect(stateFromScan({ ok: false, reason: 'error' })).toEqual({ kind: 'error' });
  });
});

describe('hostOf', () => {
  it('gives a host only for web pages', () => {
    expect(hostOf('https://www.dn.se/a?b')).toBe('www.dn.se');
    expect(hostOf('http://127.0.0.1:8080/article.html')).toBe('127.0.0.1');
    expect(hostOf('chrome://newtab')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
});

describe('popupParams', () => {
  it('takes the tab and topic from the URL and ignores anything malformed', () => {
    expect(popupParams('?tab=42&topic=secure-employment')).toEqual({ tabId: 42, topic: 'secure-employment' });
    expect(popupParams('')).toEqual({ tabId: undefined, topic: undefined });
    expect(popupParams('?tab=-1&topic=<b>')).toEqual({ tabId: undefined, topic: undefined });
    expect(popupParams('?tab=4.5&topic=Welfare')).toEqual({ tabId: undefined, topic: undefined });
  });
});
