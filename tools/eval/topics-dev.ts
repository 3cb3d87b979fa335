/** topics-dev.jsonl: paragraphs labelled by meaning; per-label and micro-averaged precision/recall. */
import type { Matcher } from '../../core/match/index.ts';
import type { TextRecord } from './jsonl.ts';
import { LABEL_OF_TOPIC, labelsOf } from './labels.ts';

export interface LabelScore {
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface TopicsDevResult {
  paragraphs: number;
  labels: LabelScore[];
  microPrecision: number;
  microRecall: number;
  errors: { id: string; missed: string[]; extra: string[] }[];
}

export function evaluateTopicsDev(records: TextRecord[], matcher: Matcher): TopicsDevResult {
  const labels = [...new Set(Object.values(LABEL_OF_TOPIC))];
  const tally = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const errors: TopicsDevResult['errors'] = [];
  for (const { id, text, raw } of records) {
    const gold = new Set(Array.isArray(raw.topics) ? raw.topics.map(String) : []);
    const predicted = labelsOf(matcher.count(text));
    const missed = [...gold].filter((l) => !predicted.has(l));
    const extra = [...predicted].filter((l) => !gold.has(l));
    for (const l of labels) {
      const t = tally.get(l);
      if (!t) continue;
      if (gold.has(l) && predicted.has(l)) t.tp++;
      else if (predicted.has(l)) t.fp++;
      else if (gold.has(l)) t.fn++;
    }
    if (missed.length + extra.length > 0) errors.push({ id, missed, extra });
  }
  const scores = labels.map((label) => {
    const { tp, fp, fn } = tally.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    return { label, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...ratios(tp, fp, fn) };
  });
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
    scores.reduce((n, s) => n + s[key], 0);
  const micro = ratios(sum('truePositives'), sum('falsePositives'), sum('falseNegatives'));
  return {
    paragraphs: records.length,
    labels: scores,
    microPrecision: micro.precision,
    microRecall: micro.recall,
    errors,
  };
}

function ratios(tp: number, fp: number, fn: number) {
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
