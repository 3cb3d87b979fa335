/**
 * Sites the user added ("always highlight here") get the content script through a dynamic
 * registration, because the manifest can only name the default news sites. The registration is
 * kept in step with the settings and with host permissions granted or revoked anywhere (the
 * options page, the browser's own UI); the options page also asks for it right after a grant
 * (the `syncUserSites` message).
 */
import { browser } from 'wxt/browser';
import { matchingDomain, originsForHost } from '../../core/settings/sites';
import { NEWS_SITES } from '../../data/news-sites';
import { settingsItem } from '../../storage/settings';
import { CONTENT_SCRIPT_FILE } from './content-script-file';

export const USER_SITES_SCRIPT_ID = 'fackkoll-user-sites';

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

/** Registers the script for the granted user sites, replacing the previous registration. */
async function registerUserSites(): Promise<void> {
  const matches = (await grantedUserSites()).flatMap(originsForHost);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    // The declared content script's file (CONTENT_SCRIPT_FILE, no CSS) and timing. Not read
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

/** Registers now and whenever the sites or the granted permissions change; returns the cleanup. */
export function watchUserSites(): () => void {
  const onPermissions = () => void syncUserSites();
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  const unwatch = settingsItem.watch((next, old) => {
    if (
      next.alwaysSites.join() !== old.alwaysSites.join() ||
      next.neverSites.join() !== old.neverSites.join()
    ) {
      void syncUserSites();
    }
  });
  void syncUserSites();
  return () => {
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
    unwatch();
  };
}
