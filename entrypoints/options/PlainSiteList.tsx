import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { withNeverSite, withQuietEntry } from '../../core/settings/sites';
import { HostList } from './HostList';
import { readHostInput } from './host-input';
import { useStatus } from './Status';
import { updateSettings } from './update-settings';

/** The lists that need no host permission: "never highlight" and "no highlights, only the list". */
const LISTS = {
  never: {
    key: 'neverSites',
    title: () => i18n.t('options.sites.never'),
    intro: () => i18n.t('options.sites.neverIntro'),
    change: withNeverSite,
  },
  quiet: {
    key: 'quietSites',
    title: () => i18n.t('options.sites.quiet'),
    intro: () => i18n.t('options.sites.quietIntro'),
    change: withQuietEntry,
  },
} as const;

export function PlainSiteList({ settings, list }: { settings: Settings; list: keyof typeof LISTS }) {
  const { key, title, intro, change } = LISTS[list];
  const { status, error } = useStatus();
  const add = (text: string, clear: () => void) => {
    const input = readHostInput(text, settings[key], false);
    if (!input.ok) return error(input.message);
    void updateSettings((s) => change(s, input.host, true)).then((refused) => {
      error(refused);
      if (!refused) clear();
    });
  };
  return (
    <HostList
      id={list}
      title={title()}
      intro={intro()}
      hosts={settings[key]}
      status={status}
      onAdd={add}
      onRemove={(host) => void updateSettings((s) => change(s, host, false)).then(error)}
    />
  );
}
