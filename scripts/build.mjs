// Builds everything `npm run build` promises: the two browser files, the
// engine-only file that `support-finder bundle` fills, type declarations and
// the custom-elements manifest.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
process.env.SF_BUILD = 'core';
await build({ logLevel: 'warn' });
delete process.env.SF_BUILD;
// The same engine as a classic script that sets one global: the builder page makes the one-file
// finder from it when opened from disk, where it cannot fetch the engine file itself.
const engine = readFileSync('dist/support-finder.core.iife.js', 'utf8');
writeFileSync('dist/support-finder.core.text.js', `self.SupportFinderEngineText=${JSON.stringify(engine)};\n`);
// The `support-finder` command, for Node; its dependencies stay outside (npm installs them).
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' } },
  },
});
chmodSync('dist/cli.js', 0o755);
// The catalogue builder page (demo/builder.html): a maintainers' tool, built apart from what sites embed.
await build({ configFile: 'vite.builder.config.ts', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', [
  'custom-elements-manifest',
  'analyze',
  '--litelement',
  '--globs',
  'src/components/support-finder.ts',
  'src/components/support-finder-api.ts',
  'src/index.ts',
  '--outdir',
  '.',
  '--quiet',
]);
console.log(
  'Built dist/support-finder.js, dist/support-finder.iife.js, dist/support-finder.core.iife.js, dist/support-finder.core.text.js, dist/cli.js, dist/support-finder-builder.js, dist/support-finder-builder.iife.js, dist/types and custom-elements.json',
);
// The WordPress plugin, made from the files above.
run('node', ['scripts/build-wordpress.mjs']);
