/**
 * `support-finder`: the command line a branch uses to build its catalogue.
 * Every command exits 0 on success, 1 when the files given are not usable and
 * 2 when the command line is wrong, and says what went wrong in plain words.
 */
import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { CliError, EXIT_BAD_INPUT, EXIT_BAD_USAGE, EXIT_OK } from './cli-error.js';
import { bundleCommand } from './commands/bundle.js';
import { checkTranslationCommand } from './commands/check-translation.js';
import { fromCsvCommand } from './commands/from-csv.js';
import { fromHsdsCommand } from './commands/from-hsds.js';
import { schemaCommand } from './commands/schema.js';
import { toCsvCommand } from './commands/to-csv.js';
import { toHsdsCommand } from './commands/to-hsds.js';
import { validateCommand } from './commands/validate.js';
import { whyNot } from './file-errors.js';
import { forTerminal } from './terminal-text.js';

const program = new Command('support-finder')
  .description('Build, check and convert <support-finder> catalogues (docs/CATALOGUE.md).')
  .version(version)
  // Settings made before the commands are added are inherited by them.
  .exitOverride()
  .showHelpAfterError('(add --help for usage)')
  .configureOutput({ outputError: (message, write) => write(`support-finder: ${message.replace(/^error: /, '')}`) });

for (const add of [
  validateCommand,
  fromCsvCommand,
  toCsvCommand,
  toHsdsCommand,
  fromHsdsCommand,
  bundleCommand,
  schemaCommand,
  checkTranslationCommand,
]) {
  add(program);
}

function fail(message: string, code: number): void {
  process.stderr.write(`support-finder: ${forTerminal(message)}\n`);
  process.exitCode = code;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help).
    const asked = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    process.exitCode = asked ? EXIT_OK : EXIT_BAD_USAGE;
  } else if (error instanceof CliError) {
    fail(error.message, error.exitCode);
  } else if (typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall) {
    // A file operation no command expected to fail: its words, not the system's code.
    fail(`a file could not be used: ${whyNot(error)}`, EXIT_BAD_INPUT);
  } else {
    // A bug, not a mistake in the files: say so, still without a stack trace unless asked.
    const detail = process.env.SUPPORT_FINDER_DEBUG ? (error as Error).stack : (error as Error).message;
    fail(`unexpected problem (please report it): ${detail}`, EXIT_BAD_INPUT);
  }
}
