/** One sentence per change in an import preview, in the user's language. */

import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import type { Change, ScalarKey, SiteList } from '../../storage/transfer/changes';

const LIST_NAMES: Record<SiteList, () => string> = {
  alwaysSites: () => i18n.t('options.sites.always'),
  neverSites: () => i18n.t('options.sites.never'),
  disabledNewsSites: () => i18n.t('options.transfer.disabledNewsSites'),
  quietSites: () => i18n.t('options.sites.quiet'),
};

const SETTING_NAMES: Record<ScalarKey, () => string> = {
  mode: () => i18n.t('options.sites.mode'),
  english: () => i18n.t('options.prefs.english'),
  badge: () => i18n.t('options.prefs.badge'),
  style: () => i18n.t('options.prefs.style'),
};

const VALUE_NAMES: Record<string, () => string> = {
  auto: () => i18n.t('options.sites.modeAuto'),
  'on-demand': () => i18n.t('options.sites.modeOnDemand'),
  topics: () => i18n.t('options.prefs.badgeTopics'),
  matches: () => i18n.t('options.prefs.badgeMatches'),
  off: () => i18n.t('options.prefs.badgeOff'),
  fill: () => i18n.t('options.prefs.styleFill'),
  underline: () => i18n.t('options.prefs.styleUnderline'),
  outline: () => i18n.t('options.prefs.styleOutline'),
  true: () => i18n.t('options.transfer.on'),
  false: () => i18n.t('options.transfer.off'),
};

const valueName = (v: string | boolean) => VALUE_NAMES[String(v)]?.() ?? String(v);

export function changeText(change: Change, topicName: (id: string) => string, lang: PackLanguage): string {
  const packName = (p: PositionPack) => p.name[lang];
  switch (change.kind) {
    case 'setting':
      return i18n.t('options.transfer.setting', [
        SETTING_NAMES[change.key](),
        valueName(change.from),
        valueName(change.to),
      ]);
    case 'topic':
      if (change.from.enabled !== change.to.enabled) {
        return i18n.t(change.to.enabled ? 'options.transfer.topicOn' : 'options.transfer.topicOff', [
          topicName(change.id),
        ]);
      }
      return change.to.color
        ? i18n.t('options.transfer.topicColor', [topicName(change.id), change.to.color])
        : i18n.t('options.transfer.topicColorDefault', [topicName(change.id)]);
    case 'site-added':
      return i18n.t('options.transfer.siteAdded', [change.host, LIST_NAMES[change.list]()]);
    case 'site-removed':
      return i18n.t('options.transfer.siteRemoved', [change.host, LIST_NAMES[change.list]()]);
    case 'pack-added':
      return i18n.t('options.transfer.packAdded', [packName(change.pack.pack)]);
    case 'pack-replaced':
      return i18n.t('options.transfer.packReplaced', [packName(change.pack.pack)]);
  }
}
