/**
 * The catalogue builder page's script, with the builder, the finder (for the
 * preview), the validator, the CSV reader and the built-in catalogue: an ES
 * module for pages that import it, and a classic script
 * (`support-finder-builder.iife.js`) that also runs from a page opened from
 * disk, where browsers block module scripts. A tool for maintainers, so it is
 * not part of what sites embed.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  json: { stringify: true },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/builder/index.ts',
      name: 'SupportFinderBuilder',
      formats: ['es', 'iife'],
      fileName: (format) => `support-finder-builder${format === 'iife' ? '.iife' : ''}.js`,
    },
  },
});
