/** `support-finder from-csv FILE.csv -o catalogue.json`: a spreadsheet export to a catalogue. */
import { Option, type Command } from 'commander';
import { csvToCatalogue, formatCsvProblem, type CsvProblem } from '../../catalogue/csv.js';
import { suggestColumn } from '../../catalogue/suggestions.js';
import { CliError } from '../cli-error.js';
import { displayName, readSpreadsheetText, writeOutput } from '../files.js';
import { say } from '../terminal-text.js';

interface FromCsvOptions {
  output: string;
  keepGoing?: boolean;
  lang: 'en' | 'fr';
}

const LANGUAGE = { en: 'English', fr: 'French' } as const;

const list = (file: string, problems: CsvProblem[]) => problems.map((p) => `  ${file}: ${formatCsvProblem(p)}`).join('\n');

function hint(column: string): string {
  const name = suggestColumn(column);
  return name ? `; did you mean "${name}"?` : ' (data/templates/catalogue-template.csv has every column)';
}

export function fromCsvCommand(program: Command): Command {
  return program
    .command('from-csv')
    .description('turn a spreadsheet saved as CSV (columns as in docs/CATALOGUE.md) into a catalogue JSON file')
    .argument('<file>', 'the CSV file (comma or semicolon separated, UTF-8; "-" for standard input)')
    .requiredOption('-o, --output <file>', 'the catalogue JSON file to write ("-" for standard output)')
    .option('--keep-going', 'write the good rows even when some rows have errors, and list the rows left out')
    .addOption(
      new Option('--lang <language>', 'the language of columns named without one ("name" rather than "name_en")')
        .choices(['en', 'fr'])
        .default('en'),
    )
    .action(async (file: string, options: FromCsvOptions) => {
      await writeOutput(options.output, [file], () => {
        const name = displayName(file);
        const { text, note } = readSpreadsheetText(file);
        if (note) say(note);
        const result = csvToCatalogue(text, { lang: options.lang });
        const bare = result.oneLanguageColumns;
        if (bare.length) {
          const [them, were, have] = bare.length > 1 ? ['them', 'they were', 'have'] : ['it', 'it was', 'has'];
          const other = options.lang === 'fr' ? `--lang en reads ${them} as English` : `--lang fr reads ${them} as French`;
          say(
            `${name}: column${bare.length > 1 ? 's' : ''} ${bare.map((c) => `"${c}"`).join(', ')} ${have} no language, so ${were} read as ${LANGUAGE[options.lang]} (${other})`,
          );
        }
        if (result.fileErrors.length) {
          throw new CliError(`"${name}" cannot be read as a catalogue spreadsheet; nothing was written:\n${list(name, result.fileErrors)}`);
        }
        const unknown = result.unknownColumns.map((name) => ({
          row: 1,
          column: name,
          message: `is not a catalogue column, so its values are not read${hint(name)}`,
        }));
        const rejectedRows = new Set(result.rejected.map((p) => p.row)).size;
        const problems = [...unknown, ...result.rejected];
        if (problems.length && (!options.keepGoing || result.accepted === 0)) {
          const why =
            result.accepted === 0 && options.keepGoing ? 'no row is usable' : 'fix these, or use --keep-going to write the good rows';
          throw new CliError(`"${name}" has problems (${why}); nothing was written:\n${list(name, problems)}`);
        }
        if (problems.length) {
          say(list(name, problems));
        }
        const written = problems.length
          ? `${name}: ${rejectedRows} row(s) left out, ${result.accepted} written (--keep-going)`
          : `${name}: ${result.accepted} row(s) written`;
        return { content: `${JSON.stringify(result.catalogue, null, 2)}\n`, written };
      });
    });
}
