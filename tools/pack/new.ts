/** `npm run pack -- new [--out DIR]`: a skeleton pack folder to fill in by hand. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, commandArgs, EXIT, prepareEmptyFolder, resolveFrom, UsageError } from './cli-io';
import { PACK_FILE, writePackJson } from './pack-folder';
import { SKELETON_README, skeletonPack } from './skeleton';

export const NEW_USAGE = 'new [--out DIR]   a skeleton pack folder (default DIR: new-pack)';

export const runNew: Command = async (args, io) => {
  const { values, positionals } = commandArgs(args, { out: { type: 'string', default: 'new-pack' } });
  if (positionals.length > 0) throw new UsageError('new takes no file: new --out DIR');
  const dir = resolveFrom(io, values.out);
  prepareEmptyFolder(dir);
  writePackJson(dir, skeletonPack());
  writeFileSync(join(dir, 'README.md'), SKELETON_README);
  io.out(`new: wrote ${join(dir, PACK_FILE)} and README.md; replace every TODO, then run check`);
  return EXIT.ok;
};
