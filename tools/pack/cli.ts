/**
 * Entry of `npm run pack -- COMMAND …` (see commands.ts and docs/authoring-packs.md).
 * npm runs scripts from the package root; INIT_CWD is where the person typed the command, so
 * their relative paths mean what they meant.
 */
import { runPackCommand } from './commands';

process.exitCode = await runPackCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
