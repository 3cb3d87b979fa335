/**
 * Pack files as a person might choose them: not JSON, not an object, another kind of file,
 * another format version, too big, clashing with what is installed. Each goes through the options
 * page's own steps (importPackText below) to the errors it shows.
 */
import { readJson, tooLargeError } from '../../../../core/import-errors/read-json';
import type { LocatedError } from '../../../../core/located-error';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { checkPackForImport } from '../../../../core/pack/check-import';
import { PACK_LIMITS } from '../../../../core/pack/limits';
import { packNamed } from '../../entrypoints/options/pack-fixtures';
import { validFile } from '../../storage/transfer/hostile-cases';
import { minimalPack } from '../pack/minimal-pack';

export interface PackFileCase {
  name: string;
  text: string;
}

/** What entrypoints/options/PacksSection.tsx does with a chosen file, up to its errors. */
export function importPackText(text: string): LocatedError[] {
  const bytes = new TextEncoder().encode(text).length;
  // readChosenFile does not read a file over twice the limit at all.
  if (bytes > PACK_LIMITS.packBytes * 2) return [tooLargeError(bytes, PACK_LIMITS.packBytes)];
  const json = readJson(text);
  if (!json.ok) return [json.error];
  const check = checkPackForImport(json.value, BUNDLED_PACK, []);
  return check.ok ? [] : check.errors;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const withPack = (edit: (p: Record<string, unknown>) => void) => {
  const pack = minimalPack() as unknown as Record<string, unknown>;
  edit(pack);
  return pretty(pack);
};

/** The minimal pack, pretty-printed, with the comma at the end of line 3 taken out. */
export function packMissingCommaOnLine3(): string {
  const lines = pretty(minimalPack()).split('\n');
  lines[2] = (lines[2] as string).replace(/,$/, '');
  return lines.join('\n');
}

export const PACK_FILE_CASES: PackFileCase[] = [
  { name: 'empty pack file', text: '' },
  { name: 'a comma missing on line 3', text: packMissingCommaOnLine3() },
  { name: 'truncated pack', text: pretty(minimalPack()).slice(0, 300) },
  { name: 'trailing comma in a pack', text: pretty(minimalPack()).replace('"test-pack"', '"test-pack",\n}') },
  { name: 'pack in single quotes', text: pretty(minimalPack()).replaceAll('"', "'") },
  { name: 'pack saved as a web page', text: '<!DOCTYPE html><html><body>Logga in</body></html>' },
  { name: 'pack file that is null', text: 'null' },
  { name: 'pack file that is a list', text: pretty([minimalPack()]) },
  { name: 'pack file that is a text', text: '"fackkoll-position-pack"' },
  { name: 'a settings file chosen as a pack', text: pretty(validFile()) },
  { name: 'a pack of another format', text: withPack((p) => (p.format = 'annat-format')) },
  { name: 'a pack without format', text: withPack((p) => delete p.format) },
  { name: 'a pack of a newer format version', text: withPack((p) => (p.formatVersion = 2)) },
  { name: 'a pack with format version as text', text: withPack((p) => (p.formatVersion = '1')) },
  { name: 'pack file over twice the limit', text: `${' '.repeat(PACK_LIMITS.packBytes * 2 + 1)}{}` },
  { name: 'pack over the limit', text: withPack((p) => (p.$schema = 'x'.repeat(PACK_LIMITS.packBytes))) },
  {
    name: 'a pack with more topics than allowed',
    text: pretty(packNamed('stor', PACK_LIMITS.topicsPerPack + 1)),
  },
  { name: 'a pack with the built-in id', text: withPack((p) => (p.id = BUNDLED_PACK.id)) },
  {
    name: 'a pack with six unknown fields and another format',
    text: withPack((p) => {
      for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) p[key] = true;
      p.format = 'x';
    }),
  },
  {
    name: 'a pack with seven broken colours',
    text: pretty({
      ...packNamed('farger', 7),
      topics: packNamed('farger', 7).topics.map((t) => ({ ...t, color: 'red' })),
    }),
  },
  {
    name: 'a pack missing its lexicon and figures',
    text: withPack((p) => {
      delete p.lexicon;
      delete p.figures;
    }),
  },
];
