/**
 * Sites the user added ("always highlight here") get the content script through a dynamic
 * registration, because the manifest can only name the default news sites. The background keeps
 * it in step (lib/background/user-sites.ts); the options page also calls it right after a grant.
 */
import { browser } from 'wxt/browser';
import { NEWS_SITES } from '../../data/news-sites';
import { matchingDomain, originsForHost } from './sites';
import { settingsItem } from './storage';

export const USER_SITES_SCRIPT_ID = 'fackkoll-user-sites';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Added sites whose permission is granted and that the manifest does not already cover. */
async function grantedUserSites(): Promise<string[]> {
  const { alwaysSites, neverSites } = await settingsItem.getValue();
  const candidates = alwaysSites.filter(
    (h) => !matchingDomain(h, NEWS_SITES) && !matchingDomain(h, neverSites),
  );
  const granted = await Promise.all(
    candidates.map((h) => browser.permissions.contains({ origins: originsForHost(h) })),
  );
  return candidates.filter((_, i) => granted[i]);
}

/** Runs in the background and, right after a change, in the options page. */
async function registerUserSites(): Promise<void> {
  const matches = (await grantedUserSites()).flatMap(originsForHost);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    // The declared content script's file (content-scripts/content.js, no CSS) and timing. Not read
    // from getManifest(): Firefox returns it normalised (full URLs, nulls) and refuses it back.
    {
      id: USER_SITES_SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: false,
    },
  ]);
}

let queue: Promise<void> = Promise.resolve();

/** Serialised: two overlapping runs would register the same script id twice and fail. */
export function syncUserSites(): Promise<void> {
  queue = queue
    .then(registerUserSites)
    .catch((error) => console.error('Fackkoll: user sites not registered', error));
  return queue;
}
