/** `support-finder from-hsds hsds.json -o catalogue.json`: Open Referral HSDS 3.0 services as a catalogue. */
import { Option, type Command } from 'commander';
import { readJsonSource } from '../../catalogue/json-source.js';
import { hsdsToCatalogue, type HsdsNote } from '../../catalogue/from-hsds.js';
import { CATEGORIES, type Category } from '../../catalogue/schema.js';
import { CliError } from '../cli-error.js';
import { readText, writeOutput } from '../files.js';

interface FromHsdsOptions {
  output: string;
  category?: Category;
  keepGoing?: boolean;
}

const lines = (file: string, notes: HsdsNote[]) =>
  notes.map((n) => `  ${file}: ${n.at}${n.name ? ` "${n.name}"` : ''} ${n.message}`).join('\n');

export function fromHsdsCommand(program: Command): Command {
  return program
    .command('from-hsds')
    .description('turn Open Referral HSDS 3.0 services into a catalogue, listing what the catalogue cannot hold')
    .argument('<file>', 'HSDS JSON: one service, a list of services, or a page with "contents"')
    .requiredOption('-o, --output <file>', 'the catalogue JSON file to write ("-" for standard output)')
    .addOption(new Option('--category <category>', 'category of services that have no support-finder-category attribute').choices(CATEGORIES))
    .option('--keep-going', 'write the services that can be read even when some cannot')
    .action(async (file: string, options: FromHsdsOptions) => {
      await writeOutput(options.output, [file], () => {
        const source = readJsonSource(readText(file));
        const error = source.syntaxErrors[0];
        if (error) throw new CliError(`${file}:${error.line}:${error.column} JSON syntax: ${error.message}`);
        const result = hsdsToCatalogue(source.value, { category: options.category });
        if (result.fileError) throw new CliError(`"${file}" ${result.fileError}`);
        if (result.rejected.length && (!options.keepGoing || !result.catalogue.resources.length)) {
          throw new CliError(`"${file}" has services that cannot be read; nothing was written:\n${lines(file, result.rejected)}`);
        }
        const notes = [...result.rejected, ...result.notKept];
        if (notes.length) process.stderr.write(`${lines(file, notes)}\n`);
        process.stderr.write(`${file}: ${result.catalogue.resources.length} service(s) written, ${result.rejected.length} left out\n`);
        return `${JSON.stringify(result.catalogue, null, 2)}\n`;
      });
    });
}
