/**
 * `npm run pack -- sign DIR --key KEYFILE`: checks the pack, then writes it back with a signature
 * by the key. An old signature is left out of the check and replaced: signing again after an edit
 * is the normal way to release the edit.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { PositionPack } from '../../core/pack/schema';
import { keyFingerprint, signPack } from '../../core/pack/signature';
import { printProblems } from './check';
import { checkPack } from './check-pack';
import { type Command, CommandError, commandArgs, EXIT, type Io, resolveFrom, UsageError } from './cli-io';
import { readPackJson, readSourceText, writePackJson } from './pack-folder';

export const SIGN_USAGE = 'sign DIR --key KEYFILE   check the pack, then sign DIR/pack.json';

export const runSign: Command = async (args, io) => {
  const { values, positionals } = commandArgs(args, { key: { type: 'string' } });
  if (positionals.length !== 1 || !values.key)
    throw new UsageError('give the folder and the key: sign DIR --key KEYFILE');
  const dir = resolveFrom(io, positionals[0] as string);
  const keyPath = resolveFrom(io, values.key);
  // A key inside the pack folder is one upload away from being published with the pack.
  const inside = relative(dir, keyPath);
  if (!inside.startsWith('..') && !isAbsolute(inside))
    throw new CommandError(`${keyPath} is inside the pack folder; keep the private key elsewhere`);
  const keys = readKeyFile(keyPath, io);
  const raw = readPackJson(dir);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new CommandError(`${dir}/pack.json is not a pack (a JSON object)`);
  const { signature: previous, ...unsigned } = raw as Record<string, unknown>;
  const report = await checkPack(unsigned, (file) => readSourceText(dir, file));
  printProblems('sign', report, io);
  if (!report.pack || report.problems.length > 0) {
    io.err('sign: not signed: fix the problems above first');
    return EXIT.problems;
  }
  let signed: PositionPack;
  try {
    signed = await signPack(unsigned as PositionPack, keys);
  } catch (error) {
    throw new CommandError(`${keyPath}: ${(error as Error).message}`);
  }
  writePackJson(dir, signed);
  const replaced = previous === undefined ? '' : ' (the previous signature was replaced)';
  io.out(
    `sign: signed ${signed.id}${signed.version ? ` ${signed.version}` : ''} with key ${await keyFingerprint(keys.publicKey)}${replaced}`,
  );
  io.out('sign: readers who already have a signed version take this one only if its version is higher');
  return EXIT.ok;
};

function readKeyFile(path: string, io: Io): { publicKey: string; privateKey: string } {
  let keys: unknown;
  try {
    keys = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CommandError(`cannot read the key file ${path}: ${(error as Error).message}`);
  }
  const { publicKey, privateKey } = (keys ?? {}) as Record<string, unknown>;
  if (typeof publicKey !== 'string' || typeof privateKey !== 'string')
    throw new CommandError(`${path} is not a key file from keygen ({ publicKey, privateKey })`);
  // Permission bits mean nothing on Windows; elsewhere a key others can read is a leaked key.
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0)
    io.out(`note: ${path} can be read by other users; chmod 600 it`);
  return { publicKey, privateKey };
}
