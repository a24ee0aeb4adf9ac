/** `support-finder to-hsds FILE.json -o hsds.json`: a catalogue as Open Referral HSDS 3.0 services. */
import type { Command } from 'commander';
import { catalogueToHsds } from '../../catalogue/to-hsds.js';
import { displayName, writeOutput } from '../files.js';
import { say } from '../terminal-text.js';
import { readValidCatalogue } from '../read-catalogue.js';

export function toHsdsCommand(program: Command): Command {
  return program
    .command('to-hsds')
    .description('write the catalogue as Open Referral HSDS 3.0 services (one page of the /services answer)')
    .argument('<file>', 'the catalogue JSON file ("-" for standard input)')
    .requiredOption('-o, --output <file>', 'the HSDS JSON file to write ("-" for standard output)')
    .action(async (file: string, options: { output: string }) => {
      await writeOutput(options.output, [file], () => {
        const { hsds, notWritten } = catalogueToHsds(readValidCatalogue(file));
        if (notWritten.length) say(`${displayName(file)}: HSDS holds services only; not written: ${notWritten.join(', ')}`);
        return { content: `${JSON.stringify(hsds, null, 2)}\n`, written: `${displayName(file)}: ${hsds.total_items} service(s) written` };
      });
    });
}
