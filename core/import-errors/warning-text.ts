/**
 * The warnings of core/pack/warnings.ts in words, naming the topic or source by its name in the
 * UI language rather than by its place in the JSON. Pure: no browser API.
 */
import type { PositionPack } from '../pack/schema';
import type { PackWarning } from '../pack/warnings';
import type { PackLanguage } from '../view/language';
import { pathKeys, quoted } from './readable-path';
import type { Say } from './say';

export function packWarningLines(
  warnings: readonly PackWarning[],
  pack: PositionPack,
  lang: PackLanguage,
  say: Say,
): string[] {
  return warnings.map(({ code, path }) => {
    const index = pathKeys(path)?.[1];
    const at = typeof index === 'number' ? index : -1;
    switch (code) {
      case 'topic-unreachable':
        return say('packWarnings.topicUnreachable', {
          topic: quoted(pack.topics[at]?.name[lang] ?? path, say),
        });
      case 'source-without-url':
        return say('packWarnings.sourceWithoutUrl', {
          source: quoted(pack.sources[at]?.title[lang] ?? path, say),
        });
      default:
        return say('packWarnings.noFigures');
    }
  });
}
