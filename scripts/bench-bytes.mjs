// Bytes of the built files, and what each dependency costs inside the engine:
// the engine is built again with one dependency left out (external) at a time,
// and the difference in gzip bytes is that dependency's share.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const FILES = ['dist/support-finder.iife.js', 'dist/support-finder.js', 'dist/support-finder.core.iife.js'];

export function sizesOf(text) {
  const bytes = Buffer.from(text);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const DEPENDENCIES = {
  lit: [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//],
  'fuse.js': [/^fuse\.js($|\/)/],
  zod: [/^zod($|\/)/],
};

/** The engine (no built-in catalogue) as one ES file, with `external` left out. */
async function engineWithout(name, external) {
  process.env.SF_BUILD = 'core';
  // The project's own config, loaded fresh so it sees SF_BUILD.
  const { default: config } = await import(`../vite.config.ts?bench=${name}`);
  delete process.env.SF_BUILD;
  const output = await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    build: {
      ...config.build,
      write: false,
      lib: { ...config.build.lib, formats: ['es'], fileName: () => `engine-${name}.js` },
      rolldownOptions: { ...config.build.rolldownOptions, external },
    },
  });
  const chunk = [output].flat()[0].output.find((o) => o.type === 'chunk');
  return chunk.code;
}

export async function measureBytes() {
  const files = Object.fromEntries(FILES.map((f) => [f, sizesOf(readFileSync(f))]));
  const whole = sizesOf(await engineWithout('all', []));
  const shares = {};
  for (const [name, external] of Object.entries(DEPENDENCIES)) {
    const without = sizesOf(await engineWithout(name.replace('.', ''), external));
    shares[name] = { min: whole.min - without.min, gzip: whole.gzip - without.gzip, brotli: whole.brotli - without.brotli };
  }
  const deps = Object.values(shares);
  shares['own code'] = Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, whole[k] - deps.reduce((sum, d) => sum + d[k], 0)]));
  const full = files['dist/support-finder.iife.js'];
  const core = files['dist/support-finder.core.iife.js'];
  shares['built-in catalogue'] = { min: full.min - core.min, gzip: full.gzip - core.gzip, brotli: full.brotli - core.brotli };
  return { files, shares };
}
