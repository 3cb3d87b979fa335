import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { withNeverSite } from '../../core/settings/sites';
import { HostList } from './HostList';
import { readHostInput } from './host-input';
import { useStatus } from './Status';
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
    <HostList
      id="never"
      title={i18n.t('options.sites.never')}
      intro={i18n.t('options.sites.neverIntro')}
      hosts={settings.neverSites}
      status={status}
      onAdd={add}
      onRemove={(host) => void updateSettings((s) => withNeverSite(s, host, false)).then(error)}
    />
  );
}
