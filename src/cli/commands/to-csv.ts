/** `support-finder to-csv FILE.json -o out.csv`: a catalogue to a spreadsheet, to edit in Excel, LibreOffice or Sheets. */
import type { Command } from 'commander';
import { catalogueToCsv } from '../../catalogue/csv.js';
import { displayName, writeOutput } from '../files.js';
import { say } from '../terminal-text.js';
import { readValidCatalogue } from '../read-catalogue.js';

export function toCsvCommand(program: Command): Command {
  return program
    .command('to-csv')
    .description('turn a catalogue JSON file into a spreadsheet (CSV, UTF-8 with a byte-order mark so Excel shows accents)')
    .argument('<file>', 'the catalogue JSON file ("-" for standard input)')
    .requiredOption('-o, --output <file>', 'the CSV file to write ("-" for standard output)')
    .action(async (file: string, options: { output: string }) => {
      await writeOutput(options.output, [file], () => {
        const catalogue = readValidCatalogue(file);
        const dropped = (['title', 'updated', 'crisis', 'synonyms'] as const).filter((key) => catalogue[key] !== undefined);
        if (dropped.length) {
          say(`${displayName(file)}: a spreadsheet holds resources only; not written: ${dropped.join(', ')}`);
        }
        return catalogueToCsv(catalogue, { bom: true });
      });
    });
}
