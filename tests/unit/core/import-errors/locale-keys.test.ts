/**
 * The text modules build locale keys from codes: every key they can ask for is in both locale
 * files, with the same substitutions in Swedish and English.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParsedMessage, parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { TYPE_WORDS } from '../../../../core/import-errors/explain';
import { JSON_PROBLEMS } from '../../../../core/import-errors/json-syntax';
import {
  FIELD_CODES,
  FILE_CODES,
  HEADLINE_FIELD_CODES,
  REASON_CODES,
} from '../../../../core/import-errors/problems';
import { FIELD_WORDS, ITEM_WORDS } from '../../../../core/import-errors/readable-path';

const SECTIONS = ['importErrors', 'packWarnings'];

function messages(lang: 'en' | 'sv'): Map<string, ParsedMessage> {
  const text = readFileSync(resolve(import.meta.dirname, `../../../../locales/${lang}.yml`), 'utf8');
  const ours = parseMessagesText(text, 'YAML').filter(
    (m) => SECTIONS.includes(m.key[0] as string) || m.key.join('.') === 'options.packs.limits',
  );
  return new Map(ours.map((m) => [m.key.join('.'), m]));
}

const camel = (code: string) => code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const NEEDED = [
  ...['settings', 'pack'].flatMap((kind) => [
    `importErrors.kind.${kind}`,
    `importErrors.hint.fix.${kind}`,
    `importErrors.hint.choose.${kind}`,
  ]),
  ...['quoted', 'or', 'at', 'whole', 'technical', 'more', 'hint.jsonWhere', 'hint.update'].map(
    (key) => `importErrors.${key}`,
  ),
  'importErrors.headline.unreadable',
  ...[...FILE_CODES, ...HEADLINE_FIELD_CODES].map((code) => `importErrors.headline.${code}`),
  ...['unknownFields', 'missingFields', 'unsafeKeys', 'fieldErrors'].map(
    (key) => `importErrors.count.${key}`,
  ),
  ...FIELD_CODES.map((code) => `importErrors.problem.${code}`),
  ...REASON_CODES.map((code) => `importErrors.reason.${code}`),
  ...Object.keys(JSON_PROBLEMS)
    .filter((problem) => problem !== 'empty' && problem !== 'html')
    .map((problem) => `importErrors.json.${camel(problem)}`),
  ...TYPE_WORDS.map((type) => `importErrors.type.${type}`),
  ...FIELD_WORDS.map((field) => `importErrors.field.${field}`),
  ...[...ITEM_WORDS, 'topicNamed'].map((item) => `importErrors.item.${item}`),
  ...['heading', 'topicUnreachable', 'noFigures', 'sourceWithoutUrl'].map((key) => `packWarnings.${key}`),
  'options.packs.limits',
];

describe('import error and warning strings', () => {
  const en = messages('en');
  const sv = messages('sv');

  it('has every key the text modules ask for, in both languages', () => {
    expect(NEEDED.length).toBeGreaterThan(200);
    expect(NEEDED.filter((key) => !en.has(key))).toEqual([]);
    expect(NEEDED.filter((key) => !sv.has(key))).toEqual([]);
  });

  it('has the same keys in Swedish and English, and no key nothing asks for', () => {
    expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
    expect([...en.keys()].filter((key) => !NEEDED.includes(key))).toEqual([]);
  });

  it('takes the same substitutions in both languages', () => {
    for (const [key, m] of en) {
      const other = sv.get(key) as ParsedMessage;
      expect([key, other.type, other.substitutions, [...other.namedSubstitutions].sort()]).toEqual([
        key,
        m.type,
        m.substitutions,
        [...m.namedSubstitutions].sort(),
      ]);
    }
  });
});
