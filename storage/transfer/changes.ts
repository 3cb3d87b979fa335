/**
 * What an import would change, item by item, for the preview the user confirms. Pure: the options
 * page turns each change into a sentence in the user's language.
 */

import type { Settings, TopicPref } from '../../core/settings/schema';
import { topicPref } from '../../core/settings/topics';
import type { StoredPack } from '../packs';
import type { ImportState } from './parse-import';

export type SiteList = 'alwaysSites' | 'neverSites' | 'disabledNewsSites' | 'quietSites';
export type ScalarKey = 'mode' | 'english' | 'badge' | 'style';

export type Change =
  | { kind: 'setting'; key: ScalarKey; from: string | boolean; to: string | boolean }
  | { kind: 'topic'; id: string; from: TopicPref; to: TopicPref }
  | { kind: 'site-added'; list: SiteList; host: string }
  | { kind: 'site-removed'; list: SiteList; host: string }
  | { kind: 'pack-added'; pack: StoredPack }
  | { kind: 'pack-replaced'; pack: StoredPack };

const SCALARS: ScalarKey[] = ['mode', 'english', 'badge', 'style'];
const LISTS: SiteList[] = ['alwaysSites', 'neverSites', 'disabledNewsSites', 'quietSites'];

function topicChanges(before: Settings, after: Settings): Change[] {
  const ids = [...new Set([...Object.keys(before.topics), ...Object.keys(after.topics)])];
  return ids.flatMap((id) => {
    const [from, to] = [topicPref(before, id), topicPref(after, id)];
    return from.enabled === to.enabled && from.color === to.color
      ? []
      : [{ kind: 'topic' as const, id, from, to }];
  });
}

export function importChanges({ before, after }: { before: ImportState; after: ImportState }): Change[] {
  const changes: Change[] = [];
  for (const key of SCALARS) {
    const [from, to] = [before.settings[key], after.settings[key]];
    if (from !== to) changes.push({ kind: 'setting', key, from, to });
  }
  changes.push(...topicChanges(before.settings, after.settings));
  for (const list of LISTS) {
    for (const host of after.settings[list])
      if (!before.settings[list].includes(host)) changes.push({ kind: 'site-added', list, host });
    for (const host of before.settings[list])
      if (!after.settings[list].includes(host)) changes.push({ kind: 'site-removed', list, host });
  }
  for (const pack of after.packs) {
    const old = before.packs.find((p) => p.pack.id === pack.pack.id);
    if (!old) changes.push({ kind: 'pack-added', pack });
    else if (JSON.stringify(old) !== JSON.stringify(pack)) changes.push({ kind: 'pack-replaced', pack });
  }
  return changes;
}
