/**
 * `npm run pack -- COMMAND …`: the authoring commands for position packs, one file each.
 * Exit codes: 0 done, 1 problems found or refused, 2 wrong arguments.
 */
import { CHECK_USAGE, runCheck } from './check';
import { type Command, CommandError, EXIT, type Io, UsageError } from './cli-io';
import { DRAFT_USAGE, runDraft } from './draft';
import { KEYGEN_USAGE, runKeygen } from './keygen';
import { NEW_USAGE, runNew } from './new';
import { runSign, SIGN_USAGE } from './sign';

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  new: { run: runNew, usage: NEW_USAGE },
  draft: { run: runDraft, usage: DRAFT_USAGE },
  check: { run: runCheck, usage: CHECK_USAGE },
  keygen: { run: runKeygen, usage: KEYGEN_USAGE },
  sign: { run: runSign, usage: SIGN_USAGE },
};

const usage = (usages: string[]) => usages.map((line) => `usage: npm run pack -- ${line}`);

export async function runPackCommand(argv: string[], io: Io): Promise<number> {
  const [name = '', ...args] = argv;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    for (const line of usage(Object.values(COMMANDS).map((c) => c.usage))) io.err(line);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${name}: ${error.message}`);
      for (const line of usage([command.usage])) io.err(line);
      return EXIT.usage;
    }
    if (error instanceof CommandError) {
      io.err(`${name}: ${error.message}`);
      return EXIT.problems;
    }
    throw error;
  }
}
