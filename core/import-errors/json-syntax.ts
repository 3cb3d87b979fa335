/**
 * Where a JSON text first breaks, and how, found by our own scan: JSON.parse says neither in a
 * form we can rely on (V8 gives a character offset, SpiderMonkey a line and column, each in its
 * own words). Iterative, so a hostile file nested a million levels deep cannot exhaust the stack.
 * Pure: no browser API.
 */

export type JsonProblem =
  | 'empty'
  | 'html'
  | 'unexpected-end'
  | 'missing-comma'
  | 'missing-colon'
  | 'trailing-comma'
  | 'unquoted-name'
  | 'single-quotes'
  | 'unquoted-text'
  | 'unclosed-text'
  | 'bad-escape'
  | 'control-character'
  | 'bad-number'
  | 'unexpected-character'
  | 'extra-text';

/** Each problem in the English of technical messages; core/import-errors/explain.ts reads them back. */
export const JSON_PROBLEMS: Readonly<Record<JsonProblem, string>> = {
  empty: 'the file is empty',
  html: 'the file is a web page (HTML)',
  'unexpected-end': 'the file ends before everything is closed',
  'missing-comma': 'a comma is missing',
  'missing-colon': 'a colon is missing after a field name',
  'trailing-comma': 'a comma stands before a closing bracket',
  'unquoted-name': 'a field name is not in double quotes',
  'single-quotes': 'text is in single quotes, not double quotes',
  'unquoted-text': 'a word is not in double quotes',
  'unclosed-text': 'a text has no closing quote on its line',
  'bad-escape': 'a backslash starts an escape JSON does not have',
  'control-character': 'a text holds a tab or another control character',
  'bad-number': 'a number is written wrongly',
  'unexpected-character': 'a character stands where JSON does not allow it',
  'extra-text': 'more text follows the end of the JSON',
};

export interface JsonSyntaxError {
  problem: JsonProblem;
  /** Counted from 1; columns in characters (code points), as editors count them. */
  line: number;
  column: number;
  /** The offset in the text (UTF-16 units). */
  offset: number;
}

const SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const LITERALS = ['true', 'false', 'null'];

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return { line: lines.length, column: [...last].length + 1 };
}

type Expect = 'value' | 'name' | 'colon' | 'after';

/**
 * The first syntax error of `text`, or undefined for a text JSON.parse accepts (the two agree:
 * tests/unit/core/import-errors/json-syntax.test.ts checks it on generated texts).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const at = (problem: JsonProblem, offset: number): JsonSyntaxError => ({
    problem,
    offset,
    ...lineAndColumn(text, offset),
  });
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  /** After `[` or `{`: the close may come at once. After a comma: where that comma stood. */
  let justOpened = false;
  let comma = -1;
  /** Where the last complete token ended: a missing comma or colon belongs there. */
  let lastEnd = 0;
  let i = 0;
  let seen = false;

  const skipSpace = () => {
    while (i < text.length && SPACE.has(text[i] as string)) i++;
  };

  /** Scans a string starting at `i` (a `"`); returns an error or moves `i` past the closing quote. */
  const scanString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) return at('unexpected-end', text.length);
        if (next === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) {
            return text.length < i + 6 ? at('unexpected-end', text.length) : at('bad-escape', i);
          }
          i += 6;
        } else if (ESCAPES.has(next)) {
          i += 2;
        } else {
          return at('bad-escape', i);
        }
        continue;
      }
      if (c === '\n' || c === '\r') return at('unclosed-text', start);
      if (c.charCodeAt(0) < 0x20) return at('control-character', i);
      i++;
    }
    return at('unexpected-end', text.length);
  };

  const scanValue = (first: boolean): JsonSyntaxError | undefined => {
    const c = text[i] as string;
    if (c === '"') return scanString();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const end = i + (match?.[0].length ?? 0);
      const next = text[end];
      // "-", "1.", "1e", "01", "1.5.2": the number itself is wrong, not what follows it.
      if (!match || (next !== undefined && /[\d.eE+-]/.test(next))) return at('bad-number', i);
      i = end;
      return undefined;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined) {
      if (!LITERALS.includes(word)) return at('unquoted-text', i);
      i += word.length;
      return undefined;
    }
    if (c === "'") return at('single-quotes', i);
    // A web page saved instead of the file (a login page, a download that failed).
    if (c === '<' && first) return at('html', i);
    return at('unexpected-character', i);
  };

  const close = (c: string): boolean => {
    const open = stack.at(-1);
    if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
      stack.pop();
      i++;
      lastEnd = i;
      expect = 'after';
      return true;
    }
    return false;
  };

  for (;;) {
    skipSpace();
    if (i >= text.length) {
      if (expect === 'after' && stack.length === 0) return undefined;
      return seen ? at('unexpected-end', text.length) : at('empty', text.length);
    }
    const c = text[i] as string;
    const first = !seen;
    seen = true;
    switch (expect) {
      case 'value': {
        if (c === '[' || c === '{') {
          stack.push(c);
          i++;
          justOpened = true;
          expect = c === '[' ? 'value' : 'name';
          break;
        }
        if (c === ']' || c === '}') {
          if (justOpened && close(c)) break;
          if (comma >= 0 && !justOpened && close(c)) return at('trailing-comma', comma);
          return at('unexpected-character', i);
        }
        const error = scanValue(first);
        if (error) return error;
        lastEnd = i;
        expect = 'after';
        break;
      }
      case 'name': {
        if (c === '}') {
          if (justOpened && close(c)) break;
          return at('trailing-comma', comma);
        }
        if (c === '"') {
          const error = scanString();
          if (error) return error;
          lastEnd = i;
          expect = 'colon';
          break;
        }
        if (c === "'") return at('single-quotes', i);
        WORD.lastIndex = i;
        if (WORD.test(text)) return at('unquoted-name', i);
        return at('unexpected-character', i);
      }
      case 'colon': {
        if (c !== ':') return at('missing-colon', lastEnd);
        i++;
        justOpened = false;
        comma = -1;
        expect = 'value';
        break;
      }
      case 'after': {
        if (stack.length === 0) return at('extra-text', i);
        if (c === ',') {
          comma = i;
          i++;
          justOpened = false;
          expect = stack.at(-1) === '{' ? 'name' : 'value';
          break;
        }
        if (c === '}' || c === ']') {
          if (close(c)) break;
          return at('unexpected-character', i);
        }
        // The start of another value or name: the comma between them is missing.
        if (c === '"' || c === '[' || c === '{' || c === '-' || /[\w']/.test(c))
          return at('missing-comma', lastEnd);
        return at('unexpected-character', i);
      }
    }
  }
}
