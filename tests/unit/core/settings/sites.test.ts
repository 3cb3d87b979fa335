import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import {
  normalizeHost,
  originsForHost,
  siteStatus,
  withAlwaysSite,
  withNeverSite,
  withNewsSiteEnabled,
} from '../../../../core/settings/sites';

describe('normalizeHost', () => {
  it.each([
    ['example.se', 'example.se'],
    ['  Example.SE ', 'example.se'],
    ['https://www.lokaltidning.se/nyheter/artikel?id=1#x', 'lokaltidning.se'],
    ['http://intranet.facket.se:8080/', 'intranet.facket.se'],
    ['www.göteborgsposten.se', 'xn--gteborgsposten-vpb.se'],
    ['localhost', 'localhost'],
    ['http://192.168.1.1/admin', '192.168.1.1'],
  ])('%s → %s', (input, host) => expect(normalizeHost(input)).toBe(host));

  it.each(['', 'not a host', 'ftp://example.se', 'javascript:alert(1)', '<script>.se', 'example', 'a..se'])(
    'refuses %j',
    (input) => expect(normalizeHost(input)).toBeUndefined(),
  );
});

describe('site lists', () => {
  it('asks for the domain and its subdomains on http and https', () => {
    expect(originsForHost('example.se')).toEqual(['https://*.example.se/*', 'http://*.example.se/*']);
    expect(originsForHost('192.168.1.1')).toEqual(['https://192.168.1.1/*', 'http://192.168.1.1/*']);
  });

  it('moves a site between "always" and "never" instead of keeping it on both', () => {
    const always = withAlwaysSite(DEFAULT_SETTINGS, 'example.se', true);
    expect(siteStatus('www.example.se', always)).toBe('auto');
    const never = withNeverSite(always, 'example.se', true);
    expect(never.alwaysSites).toEqual([]);
    expect(siteStatus('www.example.se', never)).toBe('never');
    expect(withAlwaysSite(never, 'example.se', true).neverSites).toEqual([]);
  });

  it('switches a news site off and on', () => {
    const off = withNewsSiteEnabled(DEFAULT_SETTINGS, 'dn.se', false);
    expect(siteStatus('www.dn.se', off)).toBe('on-request');
    expect(siteStatus('www.dn.se', withNewsSiteEnabled(off, 'dn.se', true))).toBe('auto');
  });
});
