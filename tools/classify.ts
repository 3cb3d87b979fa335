/**
 * npm run --silent classify -- FILE.jsonl [--english] [--positions]
 * Writes one line per input record, in input order: {"id": …, "topics": {"<topic>": <count>}},
 * and with --positions also "positions": the bundled pack's positions that speak to the line,
 * best first ([] when none does), as the card and the popup rank them.
 * A malformed line is reported on stderr with its line number and skipped; the run goes on so one
 * bad record does not hide the rest, and the exit code is 1 if any line was skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileLexicon } from '../core/match/index.ts';
import { BUNDLED_PACK } from '../core/pack/bundled.ts';
import { LineError, parseRecord } from './eval/jsonl.ts';
import { loadLexicon } from './eval/lexicon.ts';
import { rankedPositionIds } from './eval/positions.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--english' && a !== '--positions');
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write('usage: npm run --silent classify -- FILE.jsonl [--english] [--positions]\n');
    return 2;
  }
  const file = files[0] as string;
  const english = args.includes('--english');
  const matcher = compileLexicon(loadLexicon(), { english });
  const positionsOf = args.includes('--positions') ? rankedPositionIds(BUNDLED_PACK, { english }) : undefined;
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  let failures = 0;
  let out: string[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      const { id, text } = parseRecord(line, lineNumber);
      const topics = matcher.count(text);
      out.push(JSON.stringify({ id, topics, ...(positionsOf && { positions: positionsOf(text, topics) }) }));
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      failures++;
      process.stderr.write(`${file}: ${error.message}\n`);
    }
    // Batched writes: one write per line would dominate the run time.
    if (out.length >= 1000) {
      process.stdout.write(`${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`classify: ${error.message}\n`);
    process.exitCode = 2;
  },
);
