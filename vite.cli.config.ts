import { defineConfig } from 'vite';

// The roadgis CLI and web host as one ESM bundle for Node (dependencies external), so the command starts
// without compiling TypeScript on every run. bin/roadgis.mjs falls back to the sources when it is missing.
// Built once per entry (--mode worker for the jobs' worker thread, jobs-worker.mjs, found next to roadgis.mjs).
export default defineConfig(({ mode }) => {
  const worker = mode === 'worker';
  const input: Record<string, string> = worker
    ? { 'jobs-worker': 'src/main/jobs/worker-main.ts' }
    : { roadgis: 'src/main/hosts/cli/main.ts' };
  return {
    build: {
      ssr: true,
      outDir: 'dist/cli',
      emptyOutDir: !worker,
      target: 'node20',
      rollupOptions: {
        input,
        output: { format: 'es', entryFileNames: '[name].mjs', codeSplitting: false },
      },
    },
  };
});
