/**
 * Saved non-Swedish web pages: with default settings nothing may match. The text extraction is
 * deliberately crude (drop scripts, styles and tags); it sees more text than a reader would
 * (alt-less attributes aside), which errs on the side of reporting false positives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../core/match/index.ts';

export interface PageResult {
  page: string;
  matches: number;
  samples: string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
};

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return safeCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

export function evaluatePages(dir: string, matcher: Matcher): PageResult[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((page) => {
      const text = htmlToText(readFileSync(join(dir, page, 'source.html'), 'utf8'));
      const found = matcher.find(text);
      return {
        page,
        matches: found.length,
        samples: found.slice(0, 5).map((m) => `${m.topic}:${text.slice(m.start, m.end)}`),
      };
    });
}
