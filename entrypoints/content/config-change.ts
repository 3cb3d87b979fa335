/** How a settings or packs change affects the marks already on the page. */
import type { RemovedMarks } from '../../core/highlight';
import { dismissalTerm, termKey } from '../../core/settings/dismissals';
import type { HighlightConfig } from './highlight-config';

export type ConfigChange =
  | { kind: 'none' }
  /** Only colours or style: rewrite the stylesheet. */
  | { kind: 'restyle' }
  /**
   * Topics switched off or terms dismissed (termKey(topic, term)), and nothing else about
   * matching: drop their marks at once.
   */
  | { kind: 'remove-marks'; topics: string[]; terms: string[] }
  /**
   * Anything that can add matches (topic on, English, packs, a dismissal undone), or highlights
   * shown or hidden on the site: unmark and scan again.
   */
  | { kind: 'rematch' };

export function configChange(before: HighlightConfig, after: HighlightConfig): ConfigChange {
  const sameLexicon = before.revision === after.revision;
  const added = after.topics.filter((t) => !before.topics.includes(t));
  const undone = before.dismissed.filter((t) => !after.dismissed.includes(t));
  // Quiet marks are made without role, name or focus: switching is making them again.
  const quietChanged = (before.appearance.quiet === true) !== (after.appearance.quiet === true);
  if (
    !sameLexicon ||
    before.english !== after.english ||
    added.length > 0 ||
    undone.length > 0 ||
    quietChanged
  )
    return { kind: 'rematch' };
  const removed = before.topics.filter((t) => !after.topics.includes(t));
  const terms = after.dismissed.filter((t) => !before.dismissed.includes(t));
  if (removed.length > 0 || terms.length > 0) return { kind: 'remove-marks', topics: removed, terms };
  const sameLook = JSON.stringify(before.appearance) === JSON.stringify(after.appearance);
  return sameLook ? { kind: 'none' } : { kind: 'restyle' };
}

/** The marks a 'remove-marks' change takes away, picked out by topic and text. */
export function removedMarks(change: { topics: readonly string[]; terms: readonly string[] }): RemovedMarks {
  const topics = new Set(change.topics);
  const terms = new Set(change.terms);
  return (topic, text) =>
    topics.has(topic) || (terms.size > 0 && terms.has(termKey(topic, dismissalTerm(text))));
}
