/**
 * A pack folder as the authoring commands use it: DIR/pack.json beside the plain-text copies of
 * the op-eds its sources name (`file` is a bare name, so it is always inside DIR).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from './cli-io';

export const PACK_FILE = 'pack.json';

export function readPackJson(dir: string): unknown {
  const path = join(dir, PACK_FILE);
  if (!existsSync(path)) throw new CommandError(`${path} not found`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CommandError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * A source's text by the bare file name the pack gives (the schema allows no folders), or
 * undefined when it is missing: the check reports that.
 */
export function readSourceText(dir: string, file: string): string | undefined {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Written to a temporary file and renamed over pack.json, so an interrupted write never leaves
 * half a pack behind.
 */
export function writePackJson(dir: string, pack: unknown): void {
  const path = join(dir, PACK_FILE);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(pack, null, 2)}\n`);
  renameSync(temporary, path);
}
