/**
 * One model of where Fackkoll highlights: every control (the options page's news-site switch and
 * lists, the popup's switch and text, the content script) reads siteView, and every write goes
 * through the functions here. Checked over every combination of mode, lists and host, so no two
 * controls can show different states.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import {
  newsSiteOn,
  siteStatus,
  siteView,
  withAlwaysSite,
  withNeverSite,
  withNewsSiteEnabled,
  withQuietEntry,
  withQuietSite,
  withSiteEnabled,
} from '../../../../core/settings/sites';

const NEWS = 'dn.se';

/** Every combination: mode × news site off × never (none, the domain, a parent) × always. */
function combinations(): { name: string; host: string; settings: Settings }[] {
  const out: { name: string; host: string; settings: Settings }[] = [];
  for (const host of ['dn.se', 'www.dn.se', 'lokaltidning.se', 'www.lokaltidning.se'])
    for (const mode of ['auto', 'on-demand'] as const)
      for (const disabled of [false, true])
        for (const never of ['none', 'self', 'www'] as const)
          for (const always of [false, true]) {
            const domain = host.replace(/^www\./, '');
            const settings: Settings = {
              ...DEFAULT_SETTINGS,
              mode,
              disabledNewsSites: disabled ? [NEWS] : [],
              neverSites: never === 'none' ? [] : never === 'self' ? [domain] : [`www.${domain}`],
              alwaysSites: always ? [domain] : [],
            };
            out.push({
              name: `${host} ${mode} disabled=${disabled} never=${never} always=${always}`,
              host,
              settings,
            });
          }
  return out;
}

describe('site model', () => {
  it.each(combinations())('$name: every control agrees', ({ host, settings }) => {
    const view = siteView(host, settings);
    const coveredByNever = settings.neverSites.some((d) => host === d || host.endsWith(`.${d}`));
    expect(view.status === 'never').toBe(coveredByNever);
    expect(siteStatus(host, settings)).toBe(view.status);
    // Automatic only in automatic mode, and only on a listed site that is on.
    expect(view.status === 'auto').toBe(
      settings.mode === 'auto' && (view.rule === 'news' || view.rule === 'always'),
    );
    // The options page's switch for dn.se is on exactly when dn.se and www.dn.se pages are on.
    if (host.endsWith(NEWS)) {
      const pages = [siteView(NEWS, settings), siteView(`www.${NEWS}`, settings)];
      expect(newsSiteOn(settings, NEWS)).toBe(pages.every((p) => p.rule === 'news' || p.rule === 'always'));
    }

    // The popup's switch off: the site is off everywhere, the options switch included.
    const off = withSiteEnabled(settings, host, false);
    expect(siteStatus(host, off)).toBe('never');
    if (host.endsWith(NEWS)) expect(newsSiteOn(off, NEWS)).toBe(false);

    // The popup's switch on: highlighted again wherever the lists allow, the options switch on.
    const on = withSiteEnabled(off, host, true);
    expect(siteStatus(host, on)).not.toBe('never');
    if (host.endsWith(NEWS)) {
      expect(newsSiteOn(on, NEWS)).toBe(true);
      expect(siteStatus(host, on)).toBe(settings.mode === 'auto' ? 'auto' : 'on-request');
    }

    // The options page's news switch on undoes a "never" that kept the site off.
    const newsOn = withNewsSiteEnabled(settings, NEWS, true);
    expect(newsSiteOn(newsOn, NEWS)).toBe(true);
    if (host === NEWS)
      expect(siteStatus(host, newsOn)).toBe(settings.mode === 'auto' ? 'auto' : 'on-request');
    if (host === NEWS) expect(siteStatus(`www.${NEWS}`, newsOn)).not.toBe('never');
    // Off: no longer automatic on its own (an "always" entry the user added still counts).
    const newsOff = withNewsSiteEnabled(settings, NEWS, false);
    expect(newsSiteOn(newsOff, NEWS)).toBe(newsSiteOn(settings, NEWS) && settings.alwaysSites.includes(NEWS));

    // Adding to "never" in the options turns the news switch off; removing it restores the rest.
    const never = withNeverSite(settings, host.replace(/^www\./, ''), true);
    expect(siteStatus(host, never)).toBe('never');
    if (host.endsWith(NEWS)) expect(newsSiteOn(never, NEWS)).toBe(false);
    expect(siteStatus(host, withAlwaysSite(never, host.replace(/^www\./, ''), true))).not.toBe('never');
  });

  it('tells why a site waits: mode, a switched-off news site, or no list', () => {
    expect(siteView('dn.se', { ...DEFAULT_SETTINGS, mode: 'on-demand' })).toEqual({
      rule: 'news',
      status: 'on-request',
      quiet: false,
    });
    expect(siteView('www.dn.se', { ...DEFAULT_SETTINGS, disabledNewsSites: ['dn.se'] })).toEqual({
      rule: 'news-off',
      status: 'on-request',
      quiet: false,
    });
    expect(siteView('example.se', DEFAULT_SETTINGS)).toEqual({
      rule: 'not-listed',
      status: 'on-request',
      quiet: false,
    });
    expect(siteView('www.dn.se', { ...DEFAULT_SETTINGS, neverSites: ['dn.se'] })).toEqual({
      rule: 'never',
      status: 'never',
      quiet: false,
    });
  });

  it('keeps the list and hides the highlights on a quiet site and its subdomains, whatever else applies', () => {
    const quiet = withQuietSite(DEFAULT_SETTINGS, 'www.dn.se', true);
    expect(quiet.quietSites).toEqual(['dn.se']);
    expect(siteView('www.dn.se', quiet)).toEqual({ rule: 'news', status: 'auto', quiet: true });
    expect(siteView('nyheter.dn.se', quiet).quiet).toBe(true);
    expect(siteView('svt.se', quiet).quiet).toBe(false);
    // Hiding twice lists it once; showing takes off every entry that covers the page.
    expect(withQuietSite(quiet, 'dn.se', true).quietSites).toEqual(['dn.se']);
    expect(withQuietSite(quiet, 'www.dn.se', false).quietSites).toEqual([]);
    const both = { ...DEFAULT_SETTINGS, quietSites: ['dn.se', 'nyheter.dn.se', 'svt.se'] };
    expect(withQuietSite(both, 'nyheter.dn.se', false).quietSites).toEqual(['svt.se']);
    // The options list adds and removes exactly the entry named, parents and children kept.
    const listed = { ...DEFAULT_SETTINGS, quietSites: ['svt.se'] };
    expect(withQuietEntry(listed, 'nyheter.svt.se', true).quietSites).toEqual(['svt.se', 'nyheter.svt.se']);
    expect(
      withQuietEntry({ ...listed, quietSites: ['nyheter.svt.se', 'svt.se'] }, 'nyheter.svt.se', false)
        .quietSites,
    ).toEqual(['svt.se']);
    // Quiet is about the look, not whether the site is read: "never" still wins.
    expect(siteView('www.dn.se', { ...quiet, neverSites: ['dn.se'] })).toMatchObject({ status: 'never' });
  });
});
