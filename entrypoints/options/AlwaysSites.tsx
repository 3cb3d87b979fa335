/**
 * Sites the user adds to be highlighted like the news sites. Each needs a host permission, asked
 * for in the click itself: browsers ignore a permission request made after an `await`.
 */

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { originsForHost, withAlwaysSite } from '../../core/settings/sites';
import { sendMessage } from '../../messaging/messenger';
import { HostList } from './HostList';
import { readHostInput } from './host-input';
import { useStatus } from './Status';
import { refusalOf, updateSettings } from './update-settings';
import { useGranted } from './use-granted';

export function AlwaysSites({ settings }: { settings: Settings }) {
  const granted = useGranted(settings.alwaysSites);
  const { status, info, error } = useStatus();

  const add = (text: string, clear: () => void) => {
    const input = readHostInput(text, settings.alwaysSites, true);
    if (!input.ok) return error(input.message);
    const refusal = refusalOf(withAlwaysSite(settings, input.host, true));
    if (refusal) return error(refusal);
    browser.permissions
      .request({ origins: originsForHost(input.host) })
      .then(async (ok) => {
        if (!ok) return error(i18n.t('options.sites.permissionDenied', [input.host]));
        const refused = await updateSettings((s) => withAlwaysSite(s, input.host, true));
        if (refused) return error(refused);
        clear();
        info(i18n.t('options.sites.permissionGranted', [input.host]));
        // The background also does this when it sees the grant; asking now makes the site work at
        // once. The grant and the setting are saved either way, so a failed message says nothing.
        await sendMessage('syncUserSites', undefined).catch(() => {});
      })
      .catch((e: Error) => error(e.message));
  };

  const remove = (host: string) => {
    void updateSettings((s) => withAlwaysSite(s, host, false)).then(error);
    // Least privilege: a site no longer listed keeps no access.
    browser.permissions.remove({ origins: originsForHost(host) }).catch(() => {});
  };

  return (
    <HostList
      id="always"
      title={i18n.t('options.sites.always')}
      intro={i18n.t('options.sites.alwaysIntro')}
      hosts={settings.alwaysSites}
      status={status}
      onAdd={add}
      onRemove={remove}
      extra={(host) =>
        granted[host] === false && (
          <button
            type="button"
            onClick={() => void browser.permissions.request({ origins: originsForHost(host) })}
          >
            <span aria-hidden="true">{i18n.t('options.sites.needsPermission')} · </span>
            {i18n.t('options.sites.grant', [host])}
          </button>
        )
      }
    />
  );
}
