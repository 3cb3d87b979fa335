/**
 * `npm run pack -- keygen --out KEYFILE`: an Ed25519 key pair for signing packs. The file holds
 * the private key, so it is created readable by its owner only, and never over an existing one:
 * losing the key a pack was first signed with means readers cannot take its updates.
 */
import { writeFileSync } from 'node:fs';
import { generateSigningKey, keyFingerprint } from '../../core/pack/signature';
import { type Command, CommandError, commandArgs, EXIT, resolveFrom, UsageError } from './cli-io';

export const KEYGEN_USAGE = 'keygen --out KEYFILE   a new signing key (keep KEYFILE secret)';

export const runKeygen: Command = async (args, io) => {
  const { values, positionals } = commandArgs(args, { out: { type: 'string' } });
  if (!values.out || positionals.length > 0) throw new UsageError('give the key file: keygen --out KEYFILE');
  const path = resolveFrom(io, values.out);
  const keys = await generateSigningKey();
  try {
    // 'wx' fails when the file exists; mode applies to the file it creates.
    writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(
      code === 'EEXIST'
        ? `${path} exists; a signing key is never overwritten (nothing was written)`
        : `cannot write ${path}: ${(error as Error).message}`,
    );
  }
  io.out(`keygen: wrote ${path} (private: keep it secret, back it up, never put it in a pack folder)`);
  io.out(`public key: ${keys.publicKey}`);
  io.out(`fingerprint: ${await keyFingerprint(keys.publicKey)}`);
  return EXIT.ok;
};
