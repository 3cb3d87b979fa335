/**
 * Runs `npm run pack -- …` commands in-process in a temporary folder and keeps what they print,
 * so tests read exactly the lines a person would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPackCommand } from '../../../../tools/pack/commands';

export const FIXTURES = new URL('../../../fixtures/pack-cli/', import.meta.url).pathname;
export const OP_ED = join(FIXTURES, 'byggnads-op-ed.txt');

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

export function tempFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fackkoll-pack-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One command, relative paths resolved against `cwd` as the CLI resolves them against INIT_CWD. */
export async function pack(cwd: string, ...argv: string[]): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [] };
  run.code = await runPackCommand(argv, { out: (l) => run.out.push(l), err: (l) => run.err.push(l), cwd });
  return run;
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * pack.json as an author edits it: any field, present or not, with no type in the way (the check
 * under test is what decides whether the edit is valid).
 */
// biome-ignore lint/suspicious/noExplicitAny: a hand edit of JSON is untyped by nature
export type PackJson = Record<string, any>;

/** Edits DIR/pack.json in place, as an author would in an editor. */
export function editPack(dir: string, edit: (pack: PackJson) => void): void {
  const pack = readJson(join(dir, 'pack.json'));
  edit(pack);
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack, null, 2));
}
