/**
 * `npm run pack -- check DIR`: every problem on one line with its path in pack.json, exit 1 on
 * any; one ok line otherwise.
 */
import type { LocatedError } from '../../core/located-error';
import { checkPack, type PackReport } from './check-pack';
import { type Command, commandArgs, EXIT, type Io, resolveFrom, UsageError } from './cli-io';
import { readPackJson, readSourceText } from './pack-folder';

export const CHECK_USAGE = 'check DIR   check DIR/pack.json as Fackkoll will, and against its texts';

/** The folder's pack.json, checked against the texts beside it. */
export function checkFolder(dir: string): Promise<PackReport> {
  return checkPack(readPackJson(dir), (file) => readSourceText(dir, file));
}

export function printProblems(command: string, report: PackReport, io: Io): void {
  const line = ({ path, message }: LocatedError) => `${path}: ${message}`;
  for (const note of report.notes) io.out(`note: ${line(note)}`);
  for (const problem of report.problems) io.err(line(problem));
  if (report.problems.length > 0) io.err(`${command}: ${report.problems.length} problem(s)`);
}

export const runCheck: Command = async (args, io) => {
  const { positionals } = commandArgs(args, {});
  if (positionals.length !== 1) throw new UsageError('give the pack folder: check DIR');
  const report = await checkFolder(resolveFrom(io, positionals[0] as string));
  printProblems('check', report, io);
  if (report.problems.length > 0) return EXIT.problems;
  io.out(`check: ok: ${report.summary}`);
  return EXIT.ok;
};
