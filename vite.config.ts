import { defineConfig } from 'vite';

// The renderer bundle: one page, no Node. Served by the web host and loaded by Electron from disk.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  // JSX compiles for Preact with Oxc (Vite 8's transformer; no Babel), as tsconfig.renderer.json checks it.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: '../../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
