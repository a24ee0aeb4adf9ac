/** `support-finder schema -o catalogue.schema.json`: the JSON Schema editors use to check a catalogue as it is typed. */
import type { Command } from 'commander';
import { catalogueJsonSchema } from '../../catalogue/json-schema.js';
import { writeOutput } from '../files.js';

/** The schema file's exact text; the test that keeps data/catalogue.schema.json current compares with it. */
export function schemaText(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}

export function schemaCommand(program: Command): Command {
  return program
    .command('schema')
    .description('write the JSON Schema of catalogue files; name it in a catalogue\'s "$schema" so editors check it')
    .requiredOption('-o, --output <file>', 'the schema file to write, e.g. catalogue.schema.json ("-" for standard output)')
    .action(async (options: { output: string }) => {
      await writeOutput(options.output, [], schemaText);
    });
}
