import { defineConfig } from 'vite';

// The Electron shell: main process + preload as CommonJS bundles for Node; dependencies stay external.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        main: 'src/main/hosts/electron/main.ts',
        preload: 'src/preload/preload.ts',
      },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
