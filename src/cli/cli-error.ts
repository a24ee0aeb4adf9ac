/** Exit statuses every command keeps to, so scripts can tell the two kinds of failure apart. */
export const EXIT_OK = 0;
/** The files given are not usable: the maintainer fixes the data. */
export const EXIT_BAD_INPUT = 1;
/** The command line is wrong: the maintainer fixes the command. */
export const EXIT_BAD_USAGE = 2;

/** A failure to report in plain words, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_BAD_INPUT | typeof EXIT_BAD_USAGE = EXIT_BAD_INPUT,
  ) {
    super(message);
  }
}
