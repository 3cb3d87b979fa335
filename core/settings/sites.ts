/**
 * Where highlighting runs. Pure: decides from a host name and the settings, so the content
 * script, the popup switch and the options page agree on one rule.
 */
import { NEWS_SITES } from '../../data/news-sites';
import { HOST_PATTERN } from './host-pattern';
import type { Settings } from './schema';

/** The listed domain that `host` equals or is a subdomain of, if any. */
export function matchingDomain(host: string, domains: readonly string[]): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.find((d) => h === d || h.endsWith(`.${d}`));
}

/** `entry` names `host`, a parent domain of it, or one of its subdomains. */
const overlaps = (entry: string, host: string) =>
  matchingDomain(host, [entry]) !== undefined || matchingDomain(entry, [host]) !== undefined;

export type SiteStatus =
  /** Highlighted on load. */
  | 'auto'
  /** Allowed, but only when the user asks (on-demand mode or a site outside the lists). */
  | 'on-request'
  /** The user said never here. */
  | 'never';

/**
 * Which rule decides a site, as every control shows it: the popup's switch and text, the options
 * page's news-site switches and lists, and the content script all read it from here.
 */
export type SiteRule =
  /** One of the bundled news sites, switched on. */
  | 'news'
  /** One of the bundled news sites, switched off (in the options, or by the popup's switch). */
  | 'news-off'
  /** A site the user added to "always". */
  | 'always'
  /** A site on the "never" list (itself or a parent domain). */
  | 'never'
  /** No list names it. */
  | 'not-listed';

export interface SiteView {
  rule: SiteRule;
  status: SiteStatus;
  /** Read without highlights: the popup lists the topics, the page shows none (quietSites). */
  quiet: boolean;
}

/** Read without highlights (quietSites): the one rule the popup's switch and the page's marks follow. */
export function isQuietSite(host: string, settings: Pick<Settings, 'quietSites'>): boolean {
  return matchingDomain(host, settings.quietSites) !== undefined;
}

export function siteView(host: string, settings: Settings, extraDefaults: readonly string[] = []): SiteView {
  const quiet = isQuietSite(host, settings);
  if (matchingDomain(host, settings.neverSites)) return { rule: 'never', status: 'never', quiet };
  const news = matchingDomain(host, [...NEWS_SITES, ...extraDefaults]);
  const rule: SiteRule =
    matchingDomain(host, settings.alwaysSites) !== undefined
      ? 'always'
      : news === undefined
        ? 'not-listed'
        : settings.disabledNewsSites.includes(news)
          ? 'news-off'
          : 'news';
  const listed = rule === 'always' || rule === 'news';
  return { rule, status: listed && settings.mode === 'auto' ? 'auto' : 'on-request', quiet };
}

export function siteStatus(
  host: string,
  settings: Settings,
  extraDefaults: readonly string[] = [],
): SiteStatus {
  return siteView(host, settings, extraDefaults).status;
}

/**
 * Whether a bundled news site's switch in the options is on: neither switched off nor on "never",
 * for the domain or its www. site (where its articles are).
 */
export function newsSiteOn(settings: Settings, domain: string): boolean {
  const rule = siteView(domain, settings).rule;
  return (rule === 'news' || rule === 'always') && siteStatus(`www.${domain}`, settings) !== 'never';
}

/** Settings after the popup's "highlight on this site" switch; keeps every other choice. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const h = host.toLowerCase();
  const news = matchingDomain(h, NEWS_SITES);
  // The site's whole "never" claim goes: parents, the host, and (for a news site) its subdomains.
  const never = settings.neverSites.filter(
    (d) => matchingDomain(h, [d]) === undefined && !(news && overlaps(d, news)),
  );
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
 * Settings after "show highlights on the page" (the popup's switch, the options list): hiding lists
 * the host without www. as quiet; showing takes off every entry that covers the host.
 */
export function withQuietSite(settings: Settings, host: string, quiet: boolean): Settings {
  const h = host.toLowerCase();
  const kept = settings.quietSites.filter((d) => matchingDomain(h, [d]) === undefined);
  if (!quiet) return { ...settings, quietSites: kept };
  return { ...settings, quietSites: [...kept, h.replace(/^www\./, '')].sort() };
}

/** The options page's quiet list: adds or removes exactly the entry named, as the other lists do. */
export function withQuietEntry(settings: Settings, host: string, on: boolean): Settings {
  const quietSites = without(settings.quietSites, host);
  return { ...settings, quietSites: on ? [...quietSites, host] : quietSites };
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

/**
 * Adds or removes an "always highlight here" site; adding takes it, its parents and its
 * subdomains off the "never" list, so the two lists never claim the same pages.
 */
export function withAlwaysSite(settings: Settings, host: string, on: boolean): Settings {
  const alwaysSites = without(settings.alwaysSites, host);
  if (!on) return { ...settings, alwaysSites };
  const neverSites = settings.neverSites.filter((d) => !overlaps(d, host));
  return { ...settings, alwaysSites: [...alwaysSites, host], neverSites };
}

/** Adds or removes a "never highlight here" site; adding takes it and its subdomains off "always". */
export function withNeverSite(settings: Settings, host: string, on: boolean): Settings {
  const neverSites = without(settings.neverSites, host);
  if (!on) return { ...settings, neverSites };
  const alwaysSites = settings.alwaysSites.filter((d) => matchingDomain(d, [host]) === undefined);
  return { ...settings, neverSites: [...neverSites, host], alwaysSites };
}

/**
 * Switches one of the default news sites on or off. On also takes it (and any parent domain) off
 * the "never" list, since that is what kept it off; off leaves the lists as they are.
 */
export function withNewsSiteEnabled(settings: Settings, domain: string, on: boolean): Settings {
  const disabledNewsSites = without(settings.disabledNewsSites, domain);
  if (!on) return { ...settings, disabledNewsSites: [...disabledNewsSites, domain].sort() };
  const neverSites = settings.neverSites.filter((d) => !overlaps(d, domain));
  return { ...settings, disabledNewsSites, neverSites };
}
