/**
 * Absabank-Imm: every paragraph is about immigration, so any migration topic is a hit. Document
 * recall asks whether a reader of the whole article or thread would see at least one highlight.
 */
import type { Matcher } from '../../core/match/index.ts';
import type { TextRecord } from './jsonl.ts';
import { MIGRATION_TOPICS } from './labels.ts';

export interface AbsabankResult {
  paragraphs: number;
  paragraphRecall: number;
  documents: number;
  documentRecall: number;
  /** Paragraphs flagged per single migration topic, for tuning. */
  perTopic: Record<string, number>;
}

export function evaluateAbsabank(records: TextRecord[], matcher: Matcher): AbsabankResult {
  const documentHit = new Map<string, boolean>();
  const perTopic: Record<string, number> = Object.fromEntries(MIGRATION_TOPICS.map((t) => [t, 0]));
  let hits = 0;
  for (const { id, text } of records) {
    const counts = matcher.count(text);
    const present = MIGRATION_TOPICS.filter((t) => (counts[t] ?? 0) > 0);
    for (const t of present) perTopic[t] = (perTopic[t] ?? 0) + 1;
    const hit = present.length > 0;
    if (hit) hits++;
    const doc = id.replace(/_\d+$/, '');
    documentHit.set(doc, (documentHit.get(doc) ?? false) || hit);
  }
  const docHits = [...documentHit.values()].filter(Boolean).length;
  return {
    paragraphs: records.length,
    paragraphRecall: hits / records.length,
    documents: documentHit.size,
    documentRecall: docHits / documentHit.size,
    perTopic,
  };
}
