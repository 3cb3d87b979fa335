/**
 * Keeps the content script registered on the sites the user added, in step with the settings and
 * with host permissions granted or revoked anywhere (the options page, the browser's own UI).
 */
import { browser } from 'wxt/browser';
import { settingsItem } from '../settings/storage';
import { syncUserSites } from '../settings/user-site-scripts';

export { CONTENT_SCRIPT_FILE, syncUserSites, USER_SITES_SCRIPT_ID } from '../settings/user-site-scripts';

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
