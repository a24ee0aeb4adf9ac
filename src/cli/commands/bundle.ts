/** `support-finder bundle FILE.json -o my-finder.js`: one classic script with the catalogue built in. */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BundleError, bundleScript } from '../../catalogue/bundle-script.js';
import { CliError } from '../cli-error.js';
import { whyNot } from '../file-errors.js';
import { writeOutput } from '../files.js';
import { say } from '../terminal-text.js';
import { readValidCatalogue } from '../read-catalogue.js';

const ENGINE = 'support-finder.core.iife.js';

// The CLI ships as dist/cli.js beside the engine; from the sources it is two folders further down.
function readEngine(): string {
  const places = [new URL(`./${ENGINE}`, import.meta.url), new URL(`../../../dist/${ENGINE}`, import.meta.url)];
  const found = places.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new CliError(`cannot find ${ENGINE} next to the support-finder command; run "npm run build" first`);
  try {
    return readFileSync(found, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${ENGINE} next to the support-finder command: ${whyNot(error)}`);
  }
}

export function bundleCommand(program: Command): Command {
  return program
    .command('bundle')
    .description('write one classic script, like support-finder.iife.js, with this catalogue built in (checks it first)')
    .argument('<file>', 'the catalogue JSON file; it must be valid ("-" for standard input)')
    .requiredOption('-o, --output <file>', 'the script to write, e.g. my-finder.js ("-" for standard output)')
    .action(async (file: string, options: { output: string }) => {
      await writeOutput(options.output, [file], () => {
        const { $schema: _unused, ...catalogue } = readValidCatalogue(file);
        try {
          return bundleScript(readEngine(), catalogue);
        } catch (error) {
          if (error instanceof BundleError) throw new CliError(error.message);
          throw error;
        }
      });
      if (options.output !== '-') say(`${options.output}: written; load it with <script src> and write <support-finder> with no src`);
    });
}
