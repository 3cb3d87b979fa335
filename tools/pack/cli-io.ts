/**
 * What every `npm run pack -- COMMAND` is given, and the errors it may end with. Commands print
 * through `Io` rather than console so the tests read exactly what a person would see.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Where relative paths start: the folder the person ran npm in, not the package root. */
  cwd: string;
}

export type Command = (args: string[], io: Io) => Promise<number>;

/** Wrong arguments: the command's usage is printed and the exit code is 2. */
export class UsageError extends Error {}

/** The command refused or could not do its job (exit code 1), said in one line. */
export class CommandError extends Error {}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, its errors turned into usage errors. */
export function commandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function resolveFrom(io: Io, path: string): string {
  return resolve(io.cwd, path);
}

/**
 * Creates `dir`, or accepts it when it is an empty folder: a command that writes a pack folder
 * must never overwrite someone's work.
 */
export function prepareEmptyFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CommandError(`${dir} exists and is not a folder`);
    if (readdirSync(dir).length > 0)
      throw new CommandError(`${dir} is not empty; choose a new folder (nothing was written)`);
  }
  mkdirSync(dir, { recursive: true });
}
