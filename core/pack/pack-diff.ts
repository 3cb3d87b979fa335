/**
 * What replacing an installed pack with a new version changes, for the preview the reader
 * confirms before an update. Pure.
 */
import { canonicalJson } from './canonical-json';
import type { PositionPack } from './schema';
import { compareVersions } from './trust';

export interface IdChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface PackDiff {
  from: string | undefined;
  to: string | undefined;
  topics: IdChanges;
  positions: IdChanges;
  figures: IdChanges;
  /** The changelog entries newer than the installed version, newest first. */
  changelog: NonNullable<PositionPack['changelog']>;
  /** Lexicon, sources or names changed beyond the lists above. */
  otherChanges: boolean;
}

function idChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): IdChanges {
  const old = new Map(before.map((item) => [item.id, canonicalJson(item)]));
  const next = new Map(after.map((item) => [item.id, canonicalJson(item)]));
  return {
    added: [...next.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !next.has(id)),
    changed: [...next.keys()].filter((id) => old.has(id) && old.get(id) !== next.get(id)),
  };
}

export function diffPacks(installed: PositionPack, next: PositionPack): PackDiff {
  const rest = (pack: PositionPack) => {
    const {
      topics: _t,
      positions: _p,
      figures: _f,
      changelog: _c,
      signature: _s,
      version: _v,
      date: _d,
      ...other
    } = pack;
    return canonicalJson(other);
  };
  return {
    from: installed.version,
    to: next.version,
    topics: idChanges(installed.topics, next.topics),
    positions: idChanges(installed.positions, next.positions),
    figures: idChanges(installed.figures, next.figures),
    changelog: (next.changelog ?? []).filter(
      (entry) => compareVersions(entry.version, installed.version) > 0,
    ),
    otherChanges: rest(installed) !== rest(next),
  };
}
