import { defineConfig } from 'vite';

// The roadgis CLI and web host as one ESM bundle for Node (dependencies external), so the command starts
// without compiling TypeScript on every run. bin/roadgis.mjs falls back to the sources when it is missing.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { roadgis: 'src/main/hosts/cli/main.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', codeSplitting: false },
    },
  },
});
