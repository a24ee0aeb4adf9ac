// The build's text-first plugin: the modules that are mostly text go to the
// start of the finder's file, apart from the code (gzip codes them smaller).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { TEXT_FIRST, textFirst } from '../../scripts/text-first-plugin.mjs';

const entry = new URL('../../src/index.ts', import.meta.url).pathname;
const source = (module: string) => new URL(module.replace(/\.js$/, '.ts'), new URL('../../src/', import.meta.url)).pathname;

/** The plugin's transform, resolving as the bundler would: a module exists or is not found. */
async function run(id: string, code: string, warnings: string[] = []) {
  const context = {
    resolve: async (module: string) => (existsSync(source(module)) ? { id: source(module) } : null),
    warn: (message: string) => warnings.push(message),
  };
  return (await textFirst().transform.call(context, code, id))?.code ?? code;
}

test('every module it puts first is still where the list says (a renamed table would quietly lose the saving)', () => {
  for (const module of TEXT_FIRST) assert.ok(existsSync(source(module)), `${module} is not in src/`);
});

test('the entry imports the text modules first, in order, before its own code', async () => {
  const code = "import { SupportFinder } from './components/support-finder.js';\n";
  assert.equal(await run(entry, code), `${TEXT_FIRST.map((m) => `import '${m}';\n`).join('')}${code}`);
});

test('other modules are left as they are', async () => {
  const id = new URL('../../src/components/support-finder.ts', import.meta.url).pathname;
  assert.equal(await run(id, 'export const x = 1;\n'), 'export const x = 1;\n');
});
