/**
 * `npm run pack -- draft OPED.txt --out DIR [--id PACK-ID]`: a pack folder drafted from a Swedish
 * op-ed in plain text: the text, pack.json with everything the text settles filled in and the
 * rest marked TODO, and DRAFT.md with what was read in each paragraph.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isId } from '../../core/pack/id';
import { parsePack } from '../../core/pack/validate';
import {
  type Command,
  CommandError,
  commandArgs,
  EXIT,
  prepareEmptyFolder,
  resolveFrom,
  UsageError,
} from './cli-io';
import { draftNotes } from './draft-notes';
import { draftPack, slugify } from './draft-pack';
import { readOpEd } from './op-ed-reading';
import { PACK_FILE, writePackJson } from './pack-folder';

export const DRAFT_USAGE =
  'draft OPED.txt --out DIR [--id PACK-ID]   a pack to fill in, drafted from an op-ed';

/** What the schema accepts as a source's `file`: a bare name, no < or >. */
const BARE_FILE = /^[^<>\s/\\]+(?: [^<>\s/\\]+)*$/;

export const runDraft: Command = async (args, io) => {
  const { values, positionals } = commandArgs(args, { out: { type: 'string' }, id: { type: 'string' } });
  if (positionals.length !== 1 || !values.out)
    throw new UsageError('give the op-ed and the folder: draft OPED.txt --out DIR');
  const input = resolveFrom(io, positionals[0] as string);
  const dir = resolveFrom(io, values.out);
  if (!existsSync(input)) throw new CommandError(`${input} not found`);
  const packId = values.id ?? slugify(basename(dir));
  if (!isId(packId))
    throw new UsageError(`"${packId}" is no id: use --id with a lower-case slug (a-z, 0-9, hyphens)`);
  const text = readFileSync(input, 'utf8');
  const reading = readOpEd(text);
  if (reading.paragraphs.length === 0) throw new CommandError(`${input} has no text`);

  const file = BARE_FILE.test(basename(input)) ? basename(input) : `${slugify(basename(input))}.txt`;
  const names = { packId, sourceId: slugify(basename(input, extname(input)), 40) || 'op-ed', file };
  const pack = draftPack(reading, names);
  // The draft must pass the extension's structural check; anything else is a bug here.
  const parsed = parsePack(pack);
  if (!parsed.ok) throw new Error(`draft pack is invalid: ${JSON.stringify(parsed.errors)}`);

  prepareEmptyFolder(dir);
  copyFileSync(input, join(dir, file));
  writePackJson(dir, pack);
  writeFileSync(join(dir, 'DRAFT.md'), draftNotes(reading, pack, values.out));
  io.out(
    `draft: wrote ${join(dir, PACK_FILE)}: ${reading.paragraphs.length} paragraphs, ` +
      `${pack.positions.length} positions to write, ${pack.topics.length} topics, ${pack.figures.length} figure candidates` +
      (reading.signature
        ? `, signature in paragraph ${reading.signature.paragraph}`
        : ', no signature found'),
  );
  io.out(`draft: DRAFT.md says what to write; then: npm run pack -- check ${values.out}`);
  return EXIT.ok;
};
