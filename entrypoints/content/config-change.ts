/** How a settings or packs change affects the marks already on the page. */
import type { HighlightConfig } from './highlight-config';

export type ConfigChange =
  | { kind: 'none' }
  /** Only colours or style: rewrite the stylesheet. */
  | { kind: 'restyle' }
  /** Topics switched off and nothing else about matching: drop their marks at once. */
  | { kind: 'remove-topics'; topics: string[] }
  /** Anything that can add matches (topic on, English, packs): unmark and scan again. */
  | { kind: 'rematch' };

export function configChange(before: HighlightConfig, after: HighlightConfig): ConfigChange {
  const sameLexicon = before.lexiconKey === after.lexiconKey;
  const added = after.topics.filter((t) => !before.topics.includes(t));
  if (!sameLexicon || before.english !== after.english || added.length > 0) return { kind: 'rematch' };
  const removed = before.topics.filter((t) => !after.topics.includes(t));
  if (removed.length > 0) return { kind: 'remove-topics', topics: removed };
  const sameLook = JSON.stringify(before.appearance) === JSON.stringify(after.appearance);
  return sameLook ? { kind: 'none' } : { kind: 'restyle' };
}
