/** The two commands that start something: a skeleton pack and a signing key, never over old work. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { keyFingerprint } from '../../../../core/pack/signature';
import { parsePack } from '../../../../core/pack/validate';
import { pack, readJson, tempFolder } from './run';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempFolder()));
afterEach(() => cleanup());

describe('npm run pack -- new', () => {
  it('writes a skeleton that has the right shape, and that check fails until the TODOs are gone', async () => {
    expect((await pack(dir, 'new', '--out', 'mine')).code).toBe(0);
    const skeleton = readJson(join(dir, 'mine', 'pack.json')) as PositionPack;
    expect(parsePack(skeleton).ok).toBe(true);
    expect(skeleton).toMatchObject({ version: '0.1.0', figures: [], lexicon: [{ sv: ['TODO'] }] });
    expect(skeleton.positions[0]?.cues?.sv.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'mine', 'README.md'), 'utf8')).toContain('npm run pack -- check DIR');
    const check = await pack(dir, 'check', 'mine');
    expect(check.code).toBe(1);
    expect(check.err).toContain('id: still TODO: "todo-pack-id"');
    expect(check.err).toContain('sources[0]: source "op-ed": file op-ed.txt not found');
  });

  it('refuses a folder that is not empty', async () => {
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'pack.json'), '{}');
    const run = await pack(dir, 'new', '--out', 'mine');
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'mine', 'pack.json'), 'utf8')).toBe('{}');
  });
});

describe('npm run pack -- keygen', () => {
  it('writes a key file only its owner can read, and prints the public key and its fingerprint', async () => {
    const run = await pack(dir, 'keygen', '--out', 'key.json');
    expect(run.code).toBe(0);
    const keys = readJson(join(dir, 'key.json'));
    expect(Object.keys(keys).sort()).toEqual(['privateKey', 'publicKey']);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'key.json')).mode & 0o777).toBe(0o600);
    expect(run.out.slice(1)).toEqual([
      `public key: ${keys.publicKey}`,
      `fingerprint: ${await keyFingerprint(keys.publicKey as string)}`,
    ]);
  });

  it('never overwrites a key', async () => {
    writeFileSync(join(dir, 'key.json'), 'old');
    const run = await pack(dir, 'keygen', '--out', 'key.json');
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(
      /key\.json exists; a signing key is never overwritten \(nothing was written\)$/,
    );
    expect(readFileSync(join(dir, 'key.json'), 'utf8')).toBe('old');
  });
});
