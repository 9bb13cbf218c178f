import { defineConfig } from 'vite';

// The renderer bundle: one page, no Node. Served by the web host and loaded by Electron from disk.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  build: { outDir: '../../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
