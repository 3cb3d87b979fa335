/** The op-eds: which paragraphs each topic fires on, against the paragraphs the pack cites. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../core/match/index.ts';
import type { CitedParagraph } from './cited-paragraphs.ts';

export interface SeedTopicRow {
  file: string;
  topic: string;
  fires: number[];
  cited: number[];
  /** Cited but not matched by the topic: each one is a missed target. */
  missing: number[];
}

/** Paragraphs are counted from 1 and separated by blank lines, as in the pack's refs. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function evaluateSeeds(dir: string, matcher: Matcher, cited: CitedParagraph[]): SeedTopicRow[] {
  const rows: SeedTopicRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const paragraphs = splitParagraphs(readFileSync(join(dir, file), 'utf8'));
    const fires = new Map<string, number[]>();
    paragraphs.forEach((paragraph, i) => {
      for (const topic of Object.keys(matcher.count(paragraph)))
        fires.set(topic, [...(fires.get(topic) ?? []), i + 1]);
    });
    const citedHere = cited.filter((c) => c.file === file);
    const topics = [...new Set([...fires.keys(), ...citedHere.map((c) => c.topic)])].sort();
    for (const topic of topics) {
      const fired = fires.get(topic) ?? [];
      const citedParagraphs = citedHere
        .filter((c) => c.topic === topic)
        .map((c) => c.paragraph)
        .sort((a, b) => a - b);
      const missing = citedParagraphs.filter((p) => !fired.includes(p));
      rows.push({ file, topic, fires: fired, cited: citedParagraphs, missing });
    }
  }
  return rows;
}
