/**
 * docs/position-packs.md states the limits the code enforces: the import limits of PACK_LIMITS,
 * the sizes in the schema, and the options page's hint names every one of them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../../../core/pack/limits';
import {
  FigureSchema,
  LexiconEntrySchema,
  PositionPackSchema,
  PositionSchema,
  SourceRefSchema,
  SourceSchema,
  TopicSchema,
} from '../../../../core/pack/schema';

const ROOT = resolve(import.meta.dirname, '../../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/position-packs.md'), 'utf8');

type Piped = { pipe?: readonly { type: string; requirement?: unknown }[]; item?: unknown };

/** The requirement of a valibot action (`max_length`, `min_value`…) in a schema's pipe. */
function requirement(schema: unknown, type: string): unknown {
  return (schema as Piped).pipe?.find((action) => action.type === type)?.requirement;
}

/** The number a pattern's first group holds in the doc; fails when the doc no longer says it. */
function stated(pattern: RegExp): number[] {
  const found = pattern.exec(DOC);
  expect(found, String(pattern)).not.toBeNull();
  return (found as RegExpExecArray).slice(1).map((n) => Number(n.replace(/\s/g, '')));
}

const pack = PositionPackSchema.entries;
const textMax = (bilingual: unknown) =>
  requirement((bilingual as v.ObjectSchema<v.ObjectEntries, undefined>).entries.sv, 'max_length');

describe('docs/position-packs.md', () => {
  it('states the import limits of PACK_LIMITS', () => {
    expect(stated(/a pack file is at most \*\*(\d+) KB\*\*/)).toEqual([PACK_LIMITS.packBytes / 1024]);
    expect(stated(/at most \*\*(\d+)\*\* imported packs/)).toEqual([PACK_LIMITS.packs]);
    expect(stated(/a pack has at most \*\*(\d+)\*\* topics and \*\*(\d+)\*\* lexicon patterns/)).toEqual([
      PACK_LIMITS.topicsPerPack,
      PACK_LIMITS.termsPerPack,
    ]);
    expect(
      stated(
        /all imported packs together have at most \*\*(\d+)\*\* topics and \*\*(\d+)\*\* lexicon patterns/,
      ),
    ).toEqual([PACK_LIMITS.topicsTotal, PACK_LIMITS.termsTotal]);
  });

  it('gives the counts of the pack table that the schema has', () => {
    const range = (field: string) =>
      stated(new RegExp(`\\| \`${field}\` \\| \\w+\\[\\] \\| (\\d+)–(\\d+) \\|`));
    const upTo = (field: string) => stated(new RegExp(`\\| \`${field}\` \\| \\w+\\[\\] \\| up to (\\d+)\\b`));
    expect(range('sources')).toEqual([
      requirement(pack.sources, 'min_length'),
      requirement(pack.sources, 'max_length'),
    ]);
    expect(range('topics')).toEqual([
      requirement(pack.topics, 'min_length'),
      requirement(pack.topics, 'max_length'),
    ]);
    expect(upTo('positions')).toEqual([requirement(pack.positions, 'max_length')]);
    expect(upTo('figures')).toEqual([requirement(pack.figures, 'max_length')]);
    expect(upTo('lexicon')).toEqual([requirement(pack.lexicon, 'max_length')]);
  });

  it('allows the format no more topics than Fackkoll imports', () => {
    expect(requirement(pack.topics, 'max_length')).toBe(PACK_LIMITS.topicsPerPack);
    expect(requirement(pack.lexicon, 'max_length')).toBe(PACK_LIMITS.topicsPerPack);
  });

  it('gives the text and number sizes the schema has', () => {
    expect(
      stated(
        /texts up to (\d+) \(names\), (\d+) \(`where`\), (\d+) \(titles,\s+descriptions, `counts`, organisations\) and (\d+) \(statements\)/,
      ),
    ).toEqual([
      textMax(TopicSchema.entries.name),
      textMax(FigureSchema.entries.where),
      textMax(SourceSchema.entries.title),
      textMax(PositionSchema.entries.statement),
    ]);
    expect(textMax(TopicSchema.entries.description)).toBe(textMax(SourceSchema.entries.title));
    expect(textMax(FigureSchema.entries.counts)).toBe(textMax(SourceSchema.entries.title));
    expect(requirement((SourceSchema.entries.organisations as Piped).item, 'max_length')).toBe(
      textMax(SourceSchema.entries.title),
    );
    expect(stated(/paragraphs up to\s+([\d ]+);/)).toEqual([
      requirement(SourceRefSchema.entries.paragraph, 'max_value'),
    ]);
    expect(requirement(FigureSchema.entries.value, 'min_value')).toBe(0);
    expect(DOC).toContain('figure values from 0 to 10¹²');
    expect(requirement(FigureSchema.entries.value, 'max_value')).toBe(1e12);
    expect(stated(/at most (\d+) patterns in each list/)).toEqual([
      requirement(LexiconEntrySchema.entries.sv, 'max_length'),
    ]);
    expect(requirement(LexiconEntrySchema.entries.en, 'max_length')).toBe(
      requirement(LexiconEntrySchema.entries.sv, 'max_length'),
    );
  });
});

describe('the options page hint on pack limits', () => {
  it.each(['sv', 'en'])('names every import limit in %s', (lang) => {
    const text = readFileSync(resolve(ROOT, `locales/${lang}.yml`), 'utf8');
    const hint = parseMessagesText(text, 'YAML').find((m) => m.key.join('.') === 'options.packs.limits');
    expect([...(hint?.namedSubstitutions ?? [])].sort()).toEqual(
      ['packs', 'size', 'terms', 'termsTotal', 'topics', 'topicsTotal'].sort(),
    );
  });
});
