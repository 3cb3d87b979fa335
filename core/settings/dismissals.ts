/**
 * "Not this topic here": a term the reader says is not about a topic, on one site or everywhere.
 * Pure: the content script filters matches through it, the card adds to it, options lists and
 * undoes it, and every one of them compares terms the same way.
 */
import { dismissalTerm } from './dismissal-term';
import type { Dismissal, Settings } from './schema';
import { matchingDomain, normalizeHost } from './sites';

export { dismissalTerm };

/** One dismissal's identity: topic, term and site. */
export const dismissalKey = (d: Dismissal) => `${d.topic}\u0000${d.term}\u0000${d.site ?? ''}`;

/** The site a dismissal made on this host is for: "www.dn.se" is dn.se. */
export function siteOf(host: string): string | undefined {
  return normalizeHost(host);
}

/** The dismissals in force on a host, as topic + term keys for a quick lookup per match. */
export function dismissedOn(host: string, dismissed: readonly Dismissal[]): Set<string> {
  const keys = new Set<string>();
  for (const d of dismissed)
    if (d.site === undefined || matchingDomain(host, [d.site]) !== undefined)
      keys.add(termKey(d.topic, d.term));
  return keys;
}

/** What dismissedOn's set holds for one match. */
export const termKey = (topic: string, term: string) => `${topic}\u0000${term}`;

/**
 * Settings with one more dismissal. The same term and topic everywhere replaces a per-site
 * one (it covers it); a per-site one under an everywhere one is already in force.
 */
export function withDismissal(settings: Settings, dismissal: Dismissal): Settings {
  const same = (d: Dismissal) => d.topic === dismissal.topic && d.term === dismissal.term;
  if (settings.dismissed.some((d) => same(d) && (d.site === undefined || d.site === dismissal.site)))
    return settings;
  const kept = dismissal.site === undefined ? settings.dismissed.filter((d) => !same(d)) : settings.dismissed;
  return { ...settings, dismissed: [...kept, dismissal] };
}

/** Settings without a dismissal (undo). */
export function withoutDismissal(settings: Settings, dismissal: Dismissal): Settings {
  const key = dismissalKey(dismissal);
  return { ...settings, dismissed: settings.dismissed.filter((d) => dismissalKey(d) !== key) };
}
