import { defineConfig } from 'vite';

/** JSX compiles for Preact (Oxc, Vite 8's transformer; no Babel), as tsconfig.renderer.json type-checks it. */
export const preactJsx = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;

// The renderer bundle: one page, no Node. Served by the web host and loaded by Electron from disk.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  oxc: preactJsx,
  build: { outDir: '../../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
