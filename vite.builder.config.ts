/**
 * The catalogue builder page's script: one ES module with the builder, the
 * finder (for the preview), the validator, the CSV reader and the built-in
 * catalogue. A tool for maintainers, so it is not part of what sites embed.
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
      formats: ['es'],
      fileName: () => 'support-finder-builder.js',
    },
  },
});
