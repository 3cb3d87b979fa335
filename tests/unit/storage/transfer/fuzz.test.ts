/**
 * Generated hostile files (fast-check): random JSON, random text, and valid files with one part
 * replaced by random data or markup. Import must never throw, must explain every refusal with a
 * path, and must leave storage byte-for-byte as it was whenever it refuses.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { settingsItem } from '../../../../storage/settings';
import type { ImportResult } from '../../../../storage/transfer/parse-import';
import { importText, storedBytes } from './helpers';
import { validFile } from './hostile-cases';

const RUNS = 120;

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, neverSites: ['mine.se'] });
});

function expectExplained(result: ImportResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(/^(\$|[A-Za-z_$[])/);
    expect(error.message.length).toBeGreaterThan(3);
  }
}

/** Import, and if refused, check that nothing was written. */
async function importUnchangedIfRefused(text: string): Promise<ImportResult> {
  const before = await storedBytes();
  const result = await importText(text);
  expectExplained(result);
  if (!result.ok) expect(await storedBytes()).toBe(before);
  return result;
}

/** Every path to a leaf or branch of a JSON value, as keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const FILE = validFile();
const FILE_PATHS = paths(FILE);
/** Tags are refused everywhere; quotes and words like "javascript:" are plain text, shown as text. */
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</style><svg onload=alert(1)>',
  'a<b',
];

describe('generated hostile imports', () => {
  it('refuses random JSON values with an explanation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const result = await importUnchangedIfRefused(JSON.stringify(value) ?? 'null');
        expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect((await importUnchangedIfRefused(text)).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('explains or accepts a valid file with one part replaced by random data', async () => {
    const arbitrary = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILE_PATHS), arbitrary, async (path, value) => {
        await importUnchangedIfRefused(JSON.stringify(replaced(FILE, path, value)) ?? '');
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses markup in any text of a pack or the settings, except where it is never shown', async () => {
    const textPaths = FILE_PATHS.filter((p) => {
      const leaf = p.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], FILE);
      return typeof leaf === 'string' && p[0] !== 'exportedAt' && !p.includes('importedAt');
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...textPaths), fc.constantFrom(...MARKUP), async (path, markup) => {
        const result = await importUnchangedIfRefused(JSON.stringify(replaced(FILE, path, markup)));
        expect(result.ok, `markup accepted at ${path.join('.')}`).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
