import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: everything in Node, except the renderer's component tests, which render into happy-dom.
export default defineConfig({
  // JSX for Preact, as vite.config.ts builds the renderer.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    setupFiles: ['tests/support/cleanup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'src/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'src/renderer/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
