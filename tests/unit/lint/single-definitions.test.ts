/**
 * Concepts the extension must define once: written twice, the copies drift (the restricted-URL
 * lists once disagreed on data: and javascript:). Each is searched for in every shipped source
 * file; only its home may contain it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHIPPED = ['entrypoints', 'core', 'storage', 'messaging', 'components', 'data'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = SHIPPED.flatMap((dir) => sourceFiles(resolve(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

const CONCEPTS: { concept: string; home: string; written: RegExp }[] = [
  { concept: 'the id slug', home: 'core/pack/id.ts', written: /\[a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*/ },
  { concept: 'restricted URLs', home: 'core/restricted-url.ts', written: /moz-extension|chromewebstore/ },
  {
    concept: 'the content-script path',
    home: 'entrypoints/background/content-script-file.ts',
    written: /content-scripts\/content\.js/,
  },
  {
    concept: 'the UI language',
    home: 'components/ui-language.ts',
    written: /getUILanguage|popup\.packLanguage/,
  },
  {
    concept: 'the error shape',
    home: 'core/located-error.ts',
    written: /path: string;\s*(\/\*\*.*\*\/\s*)?message: string/,
  },
];

describe('concepts defined once', () => {
  it('finds the shipped source', () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(CONCEPTS)('$concept only in $home', ({ home, written }) => {
    const where = FILES.filter((f) => written.test(f.text)).map((f) => f.path);
    expect(where).toEqual([home]);
  });
});
