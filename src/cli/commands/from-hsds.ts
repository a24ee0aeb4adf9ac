/** `support-finder from-hsds hsds.json -o catalogue.json`: Open Referral HSDS 3.0 services as a catalogue. */
import { Option, type Command } from 'commander';
import { readJsonValue } from '../../catalogue/json-source.js';
import { formatPath } from '../../catalogue/messages.js';
import { hsdsToCatalogue, type HsdsNote } from '../../catalogue/from-hsds.js';
import { CATEGORIES, type Category } from '../../catalogue/schema.js';
import { CliError } from '../cli-error.js';
import { displayName, readText, writeOutput } from '../files.js';
import { parseToday } from '../read-catalogue.js';
import { say } from '../terminal-text.js';

interface FromHsdsOptions {
  output: string;
  category?: Category;
  keepGoing?: boolean;
  today?: string;
}

const lines = (file: string, notes: HsdsNote[]) =>
  notes.map((n) => `  ${file}: ${n.at}${n.name ? ` "${n.name}"` : ''} ${n.message}`).join('\n');

export function fromHsdsCommand(program: Command): Command {
  return program
    .command('from-hsds')
    .description('turn Open Referral HSDS 3.0 services into a catalogue, listing what the catalogue cannot hold')
    .argument('<file>', 'HSDS JSON: one service, a list of services, or a page with "contents" ("-" for standard input)')
    .requiredOption('-o, --output <file>', 'the catalogue JSON file to write ("-" for standard output)')
    .addOption(
      new Option('--category <category>', 'category of services that have no support-finder-category attribute').choices(CATEGORIES),
    )
    .option('--keep-going', 'write the services that can be read even when some cannot or are closed')
    .option('--today <date>', 'which schedules are current, as of this date (YYYY-MM-DD) instead of today')
    .action(async (file: string, options: FromHsdsOptions) => {
      const today = parseToday(options.today);
      await writeOutput(options.output, [file], () => {
        const name = displayName(file);
        const source = readJsonValue(readText(file));
        const error = source.syntaxErrors[0];
        if (error) throw new CliError(`${name}:${error.line}:${error.column} JSON syntax: ${error.message}`);
        const twice = source.duplicateKeys[0];
        if (twice)
          throw new CliError(
            `${name}:${twice.line}:${twice.column} ${twice.path.length ? `"${formatPath(twice.path)}"` : 'The file'} ${twice.message}; nothing was written`,
          );
        const result = hsdsToCatalogue(source.value, { category: options.category, today });
        if (result.fileError) throw new CliError(`"${name}" ${result.fileError}`);
        if (result.rejected.length && (!options.keepGoing || !result.catalogue.resources.length)) {
          throw new CliError(
            `"${name}" has services that are closed or cannot be read; nothing was written (--keep-going writes the others):\n${lines(name, result.rejected)}`,
          );
        }
        const notes = [...result.rejected, ...result.notKept];
        if (notes.length) say(lines(name, notes));
        const written = `${name}: ${result.catalogue.resources.length} service(s) written, ${result.rejected.length} left out`;
        return { content: `${JSON.stringify(result.catalogue, null, 2)}\n`, written };
      });
    });
}
