import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParsedMessage, parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

function messages(lang: 'en' | 'sv'): Map<string, ParsedMessage> {
  const text = readFileSync(resolve(import.meta.dirname, `../../locales/${lang}.yml`), 'utf8');
  const mine = parseMessagesText(text, 'YAML').filter((m) => m.key[0] === 'popup' || m.key[0] === 'card');
  return new Map(mine.map((m) => [m.key.join('.'), m]));
}

describe('popup and card strings', () => {
  const en = messages('en');
  const sv = messages('sv');

  it('exist in both English and Swedish', () => {
    expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(30);
  });

  it('take the same substitutions in both languages', () => {
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

  it('name the pack language the UI is in', () => {
    expect((en.get('popup.packLanguage') as { message: string }).message).toBe('en');
    expect((sv.get('popup.packLanguage') as { message: string }).message).toBe('sv');
  });
});
