import { defineConfig } from 'vite';

// The Electron shell as CommonJS for Node, dependencies external. Built once per entry (--mode
// main|preload|worker): a sandboxed preload may require only 'electron', so it must be one self-contained file
// with no shared chunk; the jobs' worker thread (jobs-worker.cjs) is found next to main.cjs.
const ENTRIES: Record<string, [string, string]> = {
  main: ['main', 'src/main/hosts/electron/main.ts'],
  preload: ['preload', 'src/preload/preload.ts'],
  worker: ['jobs-worker', 'src/main/jobs/worker-main.ts'],
};

export default defineConfig(({ mode }) => {
  const [name, entry] = ENTRIES[mode] ?? ENTRIES.main!;
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
