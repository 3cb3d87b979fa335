/**
 * What is allowed in a pack but probably not meant: said after a successful import, never a
 * reason to refuse one. Pure: no browser API.
 */
import type { PositionPack } from './schema';
import { UNKNOWN } from './schema';

export type PackWarningCode =
  /** No lexicon entry, or one without Swedish or English terms: nothing on a page marks the topic. */
  | 'topic-unreachable'
  /** The pack has no figures: its cards never show any. */
  | 'no-figures'
  /** A source without a web address: a reader cannot open the text the positions come from. */
  | 'source-without-url';

export interface PackWarning {
  code: PackWarningCode;
  /** Where in the pack, as LocatedError paths are written (`topics[2]`, `sources[0].url`). */
  path: string;
}

export function packWarnings(pack: PositionPack): PackWarning[] {
  const warnings: PackWarning[] = [];
  pack.topics.forEach((topic, i) => {
    const entry = pack.lexicon.find((e) => e.topic === topic.id);
    if (!entry || entry.sv.length + entry.en.length === 0)
      warnings.push({ code: 'topic-unreachable', path: `topics[${i}]` });
  });
  if (pack.figures.length === 0) warnings.push({ code: 'no-figures', path: 'figures' });
  pack.sources.forEach((source, i) => {
    if (source.url === undefined || source.url === UNKNOWN)
      warnings.push({ code: 'source-without-url', path: `sources[${i}].url` });
  });
  return warnings;
}
