/**
 * Argumentation sentences are off-topic text (abortion, nuclear power…): what we flag there is a
 * false positive. Minimum-wage sentences may legitimately be about wages, so they are counted apart.
 */
import type { Matcher } from '../../core/match/index.ts';
import type { TextRecord } from './jsonl.ts';
import { MIGRATION_TOPICS } from './labels.ts';

const MINIMUM_WAGE = 'minimilön';

export interface ArgumentationResult {
  sentences: number;
  migrationShare: number;
  /** Any topic, minimum-wage sentences left out. */
  anyTopicShare: number;
  minimumWageSentences: number;
  minimumWageAnyTopicShare: number;
  /** Flagged off-topic sentences per topic, for tuning. */
  perTopic: Record<string, number>;
  examples: { id: string; topics: string[]; text: string }[];
}

export function evaluateArgumentation(records: TextRecord[], matcher: Matcher): ArgumentationResult {
  let migration = 0;
  let other = 0;
  let otherFlagged = 0;
  let wage = 0;
  let wageFlagged = 0;
  const perTopic: Record<string, number> = {};
  const examples: ArgumentationResult['examples'] = [];
  for (const { id, text, raw } of records) {
    const topics = Object.keys(matcher.count(text));
    if (topics.some((t) => MIGRATION_TOPICS.includes(t))) migration++;
    if (raw.topic === MINIMUM_WAGE) {
      wage++;
      if (topics.length > 0) wageFlagged++;
      continue;
    }
    other++;
    if (topics.length === 0) continue;
    otherFlagged++;
    for (const t of topics) perTopic[t] = (perTopic[t] ?? 0) + 1;
    examples.push({ id, topics, text });
  }
  return {
    sentences: records.length,
    migrationShare: migration / records.length,
    anyTopicShare: otherFlagged / Math.max(1, other),
    minimumWageSentences: wage,
    minimumWageAnyTopicShare: wageFlagged / Math.max(1, wage),
    perTopic,
    examples,
  };
}
