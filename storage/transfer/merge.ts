/**
 * How an import combines with what the user has: the file's choices win, but nothing the user
 * has is dropped (lists are joined, packs not in the file stay), so an import never wipes a list.
 */

import { dismissalKey } from '../../core/settings/dismissals';
import type { Settings } from '../../core/settings/schema';
import type { StoredPack } from '../packs';

const union = (first: readonly string[], second: readonly string[], drop: readonly string[] = []) =>
  [...new Set([...first, ...second])].filter((h) => !drop.includes(h));

export function mergeSettings(current: Settings, file: Settings): Settings {
  return {
    mode: file.mode,
    english: file.english,
    badge: file.badge,
    style: file.style,
    topics: { ...current.topics, ...file.topics },
    disabledNewsSites: union(file.disabledNewsSites, current.disabledNewsSites),
    // A site the file puts on one list leaves the other, so it never ends up on both.
    alwaysSites: union(file.alwaysSites, current.alwaysSites, file.neverSites),
    neverSites: union(file.neverSites, current.neverSites, file.alwaysSites),
    quietSites: union(file.quietSites, current.quietSites),
    dismissed: [
      ...file.dismissed,
      ...current.dismissed.filter((d) => !file.dismissed.some((f) => dismissalKey(f) === dismissalKey(d))),
    ],
  };
}

/** Packs of the file replace installed ones with the same id; the rest keep their place. */
export function mergePacks(current: readonly StoredPack[], file: readonly StoredPack[]): StoredPack[] {
  const fileIds = new Set(file.map((p) => p.pack.id));
  return [...file, ...current.filter((p) => !fileIds.has(p.pack.id))];
}
