/**
 * The feedback file: the words a reader took off a topic, for the pack's author to read. It is
 * only saved to disk by the reader, never sent. The sentence each word stood in is page text, so
 * it is in the file only when the reader asks for it.
 */
import type { PositionPack } from '../../core/pack/schema';
import { dismissalKey } from '../../core/settings/dismissals';
import type { Dismissal } from '../../core/settings/schema';
import type { DismissalContext } from '../dismissal-context';

export const FEEDBACK_FORMAT = 'fackkoll-feedback';
export const FEEDBACK_VERSION = 1;

export interface FeedbackItem {
  /** The pack that defines the topic (the first active one), or null when none does now. */
  pack: { id: string; version: string | null } | null;
  topic: string;
  term: string;
  /** The site it was dismissed on; null: everywhere. */
  site: string | null;
  dismissedAt: string | null;
  sentence?: string;
}

export interface FeedbackFile {
  format: typeof FEEDBACK_FORMAT;
  formatVersion: typeof FEEDBACK_VERSION;
  createdAt: string;
  about: string;
  items: FeedbackItem[];
}

export function buildFeedback(
  dismissed: readonly Dismissal[],
  packs: readonly PositionPack[],
  context: Readonly<Record<string, DismissalContext>>,
  { includeSentences, now = new Date() }: { includeSentences: boolean; now?: Date },
): FeedbackFile {
  return {
    format: FEEDBACK_FORMAT,
    formatVersion: FEEDBACK_VERSION,
    createdAt: now.toISOString(),
    about:
      'Words a Fackkoll reader says were marked for the wrong topic. Saved by the reader; Fackkoll sends nothing.',
    items: dismissed.map((d) => {
      const pack = packs.find((p) => p.topics.some((t) => t.id === d.topic));
      const seen = context[dismissalKey(d)];
      return {
        pack: pack ? { id: pack.id, version: pack.version ?? null } : null,
        topic: d.topic,
        term: d.term,
        site: d.site ?? null,
        dismissedAt: seen ? new Date(seen.at).toISOString() : null,
        ...(includeSentences && seen?.sentence && { sentence: seen.sentence }),
      };
    }),
  };
}

export function feedbackFileName(now = new Date()): string {
  return `fackkoll-feedback-${now.toISOString().slice(0, 10)}.json`;
}
