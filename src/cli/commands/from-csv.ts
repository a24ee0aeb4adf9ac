/** `support-finder from-csv FILE.csv -o catalogue.json`: a spreadsheet export to a catalogue. */
import type { Command } from 'commander';
import { csvToCatalogue, formatCsvProblem, type CsvProblem } from '../../catalogue/csv.js';
import { suggestColumn } from '../../catalogue/suggestions.js';
import { CliError } from '../cli-error.js';
import { readSpreadsheetText, writeOutput } from '../files.js';

interface FromCsvOptions {
  output: string;
  keepGoing?: boolean;
}

const list = (file: string, problems: CsvProblem[]) => problems.map((p) => `  ${file}: ${formatCsvProblem(p)}`).join('\n');

function hint(column: string): string {
  const name = suggestColumn(column);
  return name ? `; did you mean "${name}"?` : ' (data/templates/catalogue-template.csv has every column)';
}

export function fromCsvCommand(program: Command): Command {
  return program
    .command('from-csv')
    .description('turn a spreadsheet saved as CSV (columns as in docs/CATALOGUE.md) into a catalogue JSON file')
    .argument('<file>', 'the CSV file (comma or semicolon separated, UTF-8)')
    .requiredOption('-o, --output <file>', 'the catalogue JSON file to write ("-" for standard output)')
    .option('--keep-going', 'write the good rows even when some rows have errors, and list the rows left out')
    .action(async (file: string, options: FromCsvOptions) => {
      await writeOutput(options.output, [file], () => {
        const { text, note } = readSpreadsheetText(file);
        if (note) process.stderr.write(`${note}\n`);
        const result = csvToCatalogue(text);
        if (result.fileErrors.length) {
          throw new CliError(`"${file}" cannot be read as a catalogue spreadsheet; nothing was written:\n${list(file, result.fileErrors)}`);
        }
        const unknown = result.unknownColumns.map((name) => ({
          row: 1,
          column: name,
          message: `is not a catalogue column, so its values are not read${hint(name)}`,
        }));
        const rejectedRows = new Set(result.rejected.map((p) => p.row)).size;
        const problems = [...unknown, ...result.rejected];
        if (problems.length && (!options.keepGoing || result.accepted === 0)) {
          const why = result.accepted === 0 && options.keepGoing ? 'no row is usable' : 'fix these, or use --keep-going to write the good rows';
          throw new CliError(`"${file}" has problems (${why}); nothing was written:\n${list(file, problems)}`);
        }
        if (problems.length) {
          process.stderr.write(`${list(file, problems)}\n`);
          process.stderr.write(`${file}: ${rejectedRows} row(s) left out, ${result.accepted} written (--keep-going)\n`);
        } else {
          process.stderr.write(`${file}: ${result.accepted} row(s) written\n`);
        }
        return `${JSON.stringify(result.catalogue, null, 2)}\n`;
      });
    });
}
