/**
 * What the popup shows for its tab, decided from what the content script and the background
 * answered. Pure, so every state can be tested without a browser.
 */

import { isRestrictedUrl } from '../../core/restricted-url';
import type { SiteStatus } from '../../core/settings/sites';
import type { PageReport, PageState, ScanOutcome } from '../../messaging/protocol';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'not-scanned' }
  | { kind: 'scanning' }
  | { kind: 'restricted' }
  | { kind: 'no-permission' }
  | { kind: 'error' }
  | { kind: 'site-off'; host: string }
  /** Not highlighted by itself because the page is not in Swedish; the user may scan it in English. */
  | { kind: 'not-swedish' }
  /** `swedishOnly`: a page not in Swedish, read without the English words (the popup offers them). */
  | { kind: 'nothing-found'; swedishOnly?: boolean }
  /** `central`: topic ids, most central first; `positions`: those that speak to the page, best first. */
  | {
      kind: 'results';
      report: PageReport;
      central?: readonly string[];
      positions?: readonly string[];
      swedishOnly?: boolean;
    };

/** `page` is undefined when no content script answered: the page has not been scanned. */
export function stateFromPage(page: PageState | undefined, tabUrl: string | undefined): PopupState {
  if (!page) return isRestrictedUrl(tabUrl) ? { kind: 'restricted' } : { kind: 'not-scanned' };
  switch (page.kind) {
    case 'scanning':
      return { kind: 'scanning' };
    case 'site-off':
      return { kind: 'site-off', host: page.host };
    case 'not-swedish':
      return { kind: 'not-swedish' };
    case 'done': {
      const swedishOnly = page.swedishOnly === true ? { swedishOnly: true } : {};
      return page.report.topics.length > 0
        ? {
            kind: 'results',
            report: page.report,
            central: page.topics,
            positions: page.positions,
            ...swedishOnly,
          }
        : { kind: 'nothing-found', ...swedishOnly };
    }
  }
}

/**
 * The content script says "site-off" whenever it is not highlighting. Only a site the user
 * switched off is off; anywhere else (on-demand mode, a paused default site) it waits for a
 * scan. And once the user switches a site off, the popup says so before the page catches up.
 */
export function withSiteRule(
  state: PopupState,
  status: SiteStatus | undefined,
  host: string | undefined,
): PopupState {
  if (state.kind === 'site-off') return status === 'never' ? state : { kind: 'not-scanned' };
  const shown = state.kind === 'results' || state.kind === 'nothing-found' || state.kind === 'scanning';
  return shown && status === 'never' && host ? { kind: 'site-off', host } : state;
}

export function stateFromScan(outcome: ScanOutcome): PopupState {
  if (outcome.ok) return { kind: 'scanning' };
  return { kind: outcome.reason };
}

/** The host the "highlight on this site" switch applies to, when the page has one. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? hostname : undefined;
  } catch {
    return undefined;
  }
}
