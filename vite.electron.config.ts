import { defineConfig } from 'vite';

// The Electron shell as CommonJS for Node, dependencies external. Built once per entry (--mode main|preload):
// a sandboxed preload may require only 'electron', so it must be one self-contained file with no shared chunk.
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'src/preload/preload.ts' : 'src/main/hosts/electron/main.ts';
  const name = mode === 'preload' ? 'preload' : 'main';
  return {
    build: {
      ssr: true,
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node20',
      rollupOptions: {
        input: { [name]: entry },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
});
