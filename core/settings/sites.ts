/**
 * Where highlighting runs. Pure: decides from a host name and the settings, so the content
 * script, the popup switch and the options page agree on one rule.
 */
import { NEWS_SITES } from '../../data/news-sites';
import { HOST_PATTERN, type Settings } from './schema';

/** The listed domain that `host` equals or is a subdomain of, if any. */
export function matchingDomain(host: string, domains: readonly string[]): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.find((d) => h === d || h.endsWith(`.${d}`));
}

export type SiteStatus =
  /** Highlighted on load. */
  | 'auto'
  /** Allowed, but only when the user asks (on-demand mode or a site outside the lists). */
  | 'on-request'
  /** The user said never here. */
  | 'never';

export function siteStatus(
  host: string,
  settings: Settings,
  extraDefaults: readonly string[] = [],
): SiteStatus {
  if (matchingDomain(host, settings.neverSites)) return 'never';
  const news = matchingDomain(host, [...NEWS_SITES, ...extraDefaults]);
  const listed =
    (news !== undefined && !settings.disabledNewsSites.includes(news)) ||
    matchingDomain(host, settings.alwaysSites) !== undefined;
  return listed && settings.mode === 'auto' ? 'auto' : 'on-request';
}

/** Settings after the popup's "highlight on this site" switch; keeps every other choice. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const h = host.toLowerCase();
  const never = settings.neverSites.filter((d) => matchingDomain(h, [d]) === undefined);
  const news = matchingDomain(h, NEWS_SITES);
  if (enabled) {
    return {
      ...settings,
      neverSites: never,
      disabledNewsSites: settings.disabledNewsSites.filter((d) => d !== news),
    };
  }
  return { ...settings, neverSites: [...never, news ?? h].sort() };
}

/**
 * The host a user means by what they typed: a bare host, or a URL copied from the address bar.
 * `www.` is dropped because a listed domain already covers its subdomains. Undefined if unusable.
 */
export function normalizeHost(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
    return HOST_PATTERN.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Host permissions for a user-added site: the domain and its subdomains (`*.` covers both). */
export function originsForHost(host: string): string[] {
  // An IP address has no subdomains, and match patterns refuse `*.` before one.
  const hosts = /^[\d.]+$/.test(host) ? host : `*.${host}`;
  return [`https://${hosts}/*`, `http://${hosts}/*`];
}

const without = (list: readonly string[], host: string) => list.filter((d) => d !== host);

/** Adds or removes an "always highlight here" site; adding takes it off the "never" list. */
export function withAlwaysSite(settings: Settings, host: string, on: boolean): Settings {
  const alwaysSites = without(settings.alwaysSites, host);
  if (!on) return { ...settings, alwaysSites };
  return { ...settings, alwaysSites: [...alwaysSites, host], neverSites: without(settings.neverSites, host) };
}

/** Adds or removes a "never highlight here" site; adding takes it off the "always" list. */
export function withNeverSite(settings: Settings, host: string, on: boolean): Settings {
  const neverSites = without(settings.neverSites, host);
  if (!on) return { ...settings, neverSites };
  return { ...settings, neverSites: [...neverSites, host], alwaysSites: without(settings.alwaysSites, host) };
}

/** Switches one of the default news sites on or off. */
export function withNewsSiteEnabled(settings: Settings, domain: string, on: boolean): Settings {
  const disabledNewsSites = without(settings.disabledNewsSites, domain);
  return { ...settings, disabledNewsSites: on ? disabledNewsSites : [...disabledNewsSites, domain].sort() };
}
