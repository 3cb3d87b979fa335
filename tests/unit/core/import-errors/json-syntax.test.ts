/**
 * Our scan finds the first JSON error where a person would look for it, in words of our own, and
 * agrees with JSON.parse on what is JSON at all (whatever engine runs it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../../../core/import-errors/json-syntax';
import { readJson } from '../../../../core/import-errors/read-json';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['', 'empty', 1, 1],
    [' \n\t ', 'empty', 2, 3],
    ['{"a": 1\n "b": 2}', 'missing-comma', 1, 8],
    ['{\n  "a": true\n  "b": null\n}', 'missing-comma', 2, 12],
    ['[1 2]', 'missing-comma', 1, 3],
    ['{"a" 1}', 'missing-colon', 1, 5],
    ['{"a": 1,}', 'trailing-comma', 1, 8],
    ['[1,\n2,\n]', 'trailing-comma', 2, 2],
    ['{a: 1}', 'unquoted-name', 1, 2],
    ["{'a': 1}", 'single-quotes', 1, 2],
    ['{"a": \'x\'}', 'single-quotes', 1, 7],
    ['{"a": yes}', 'unquoted-text', 1, 7],
    ['{"a": True}', 'unquoted-text', 1, 7],
    ['{"a": NaN}', 'unquoted-text', 1, 7],
    ['{"a": "x\n"}', 'unclosed-text', 1, 7],
    ['{"a": "\\x"}', 'bad-escape', 1, 8],
    ['{"a": "\\u12g4"}', 'bad-escape', 1, 8],
    ['{"a": "\t"}', 'control-character', 1, 8],
    ['{"a": 01}', 'bad-number', 1, 7],
    ['{"a": -}', 'bad-number', 1, 7],
    ['{"a": 1.}', 'bad-number', 1, 7],
    ['{"a": .5}', 'unexpected-character', 1, 7],
    ['{"a": 1]', 'unexpected-character', 1, 8],
    ['{} x', 'extra-text', 1, 4],
    ['{}{}', 'extra-text', 1, 3],
    ['{"a": [1, 2', 'unexpected-end', 1, 12],
    ['{"format":"fackkoll-settings","vers', 'unexpected-end', 1, 36],
    ['<!doctype html>', 'html', 1, 1],
    ['\uFEFF{}', 'unexpected-character', 1, 1],
    ['{"å": "ä" "b": 1}', 'missing-comma', 1, 10],
  ] as const)('%j: %s at %i:%i', (text, problem, line, column) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toMatchObject({ problem, line, column });
  });

  it('finds nothing wrong in what JSON.parse takes', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-0.5e+3',
      '"\\u00e5\\n"',
      ' null ',
      '{"a":[{"b":[]}],"c":"\u2028"}',
    ])
      expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it('scans a file nested a million levels deep without running out of stack', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(999_999)}`;
    expect(findJsonSyntaxError(deep)).toMatchObject({ problem: 'unexpected-end' });
  });

  it('counts columns in characters, as editors do', () => {
    expect(lineAndColumn('{"😀": 1 x', 9)).toEqual({ line: 1, column: 9 });
    expect(lineAndColumn('a\r\nbc', 4)).toEqual({ line: 2, column: 2 });
  });

  it('agrees with JSON.parse on generated texts, whole and damaged', () => {
    const damaged = fc
      .tuple(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(undefined, 2, '\t'),
        fc.nat(),
        fc.constantFrom(
          '',
          ',',
          '"',
          "'",
          ':',
          '{',
          '}',
          '[',
          ']',
          ' ',
          '\n',
          '\\',
          'x',
          '0',
          '-',
          '.',
          '<',
          '\t',
        ),
        fc.boolean(),
      )
      .map(([value, indent, at, insert, remove]) => {
        const text = JSON.stringify(value, null, indent) ?? 'null';
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(remove ? i + 1 : i);
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({ maxLength: 30 })), (text) => {
        const found = findJsonSyntaxError(text);
        expect(found === undefined, `${JSON.stringify(text)}: ${JSON.stringify(found)}`).toBe(parses(text));
        if (found) {
          expect(found.offset).toBeGreaterThanOrEqual(0);
          expect(found.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readJson', () => {
  it('reads JSON', () => {
    expect(readJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says where and what in words of its own, never the engine’s', () => {
    expect(readJson('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      error: { path: '$', message: 'not valid JSON: a comma is missing at line 2, column 9' },
    });
    expect(readJson('  ')).toEqual({
      ok: false,
      error: { path: '$', message: 'not valid JSON: the file is empty' },
    });
  });
});
