import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { withNeverSite } from '../../core/settings/sites';
import { HostForm } from './HostForm';
import { readHostInput } from './host-input';
import { Status, useStatus } from './Status';
import { updateSettings } from './update-settings';

export function NeverSites({ settings }: { settings: Settings }) {
  const { status, error } = useStatus();
  const add = (text: string, clear: () => void) => {
    const input = readHostInput(text, settings.neverSites, false);
    if (!input.ok) return error(input.message);
    void updateSettings((s) => withNeverSite(s, input.host, true)).then((refused) => {
      error(refused);
      if (!refused) clear();
    });
  };
  return (
    <div class="site-block">
      <h3 id="never-heading">{i18n.t('options.sites.never')}</h3>
      <p class="hint">{i18n.t('options.sites.neverIntro')}</p>
      <HostForm id="never-host" onAdd={add} />
      <Status {...status} />
      {settings.neverSites.length === 0 ? (
        <p class="empty">{i18n.t('options.sites.empty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="never-heading">
          {settings.neverSites.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => void updateSettings((s) => withNeverSite(s, host, false)).then(error)}
              >
                {i18n.t('options.sites.remove', [host])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
