/**
 * The script as npm runs it (tsx, a real process): commands are wired, exit codes reach the
 * shell, and relative paths are read from INIT_CWD, where the person typed the command.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OP_ED, tempFolder } from './run';

const ROOT = resolve(import.meta.dirname, '../../../..');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempFolder()));
afterEach(() => cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/pack/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: dir },
    encoding: 'utf8',
  });

it('runs from npm: usage, a draft in the caller folder, and the exit code of a failed check', () => {
  const none = cli();
  expect(none.status).toBe(2);
  expect(none.stderr).toContain('usage: npm run pack -- check DIR');
  cpSync(OP_ED, join(dir, 'op-ed.txt'));
  expect(cli('draft', 'op-ed.txt', '--out', 'draft').status).toBe(0);
  const check = cli('check', 'draft');
  expect(check.status).toBe(1);
  expect(check.stderr).toContain('positions[0].statement.sv: still TODO: "TODO"');
}, 30_000);
