// Lint rules that keep the design's layer arrows true by themselves (design.md "Arrows allowed").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'worker_threads',
];
const HOSTS_MAY_NOT = [
  '**/store/**',
  '**/io/**',
  '**/jobs/**',
  '**/geopackage/**',
  '**/sync/**',
  '**/renderer/**',
  '**/preload/**',
];
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.tsbuild', 'test-results', 'tests/artifacts', 'resources/sample'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/domain/**/*.ts'],
    ['**/api/**', '**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'ol', 'ol/*', ...nodeBuiltins],
    'src/domain is pure: no I/O, no Node, no DOM, nothing of ours outside domain.',
  ),
  layer(
    ['src/api/**/*.ts'],
    ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', ...nodeBuiltins],
    'src/api is the contract only: it may use domain types, nothing else of ours.',
  ),
  layer(
    ['src/renderer/**/*.{ts,tsx}'],
    ['**/main/**', '**/preload/**', 'electron', ...nodeBuiltins],
    'The renderer talks only to the typed API (src/api) and uses domain; no Node, no Electron.',
  ),
  layer(
    ['src/preload/**/*.ts'],
    ['**/main/**', '**/renderer/**', '**/domain/**', ...nodeBuiltins],
    'The preload exposes call/onEvent only.',
  ),
  layer(
    ['src/main/**/*.ts'],
    ['electron', '**/renderer/**', '**/preload/**'],
    'Only src/main/hosts/electron may import electron; main never imports the renderer.',
  ),
  layer(
    ['src/main/hosts/**/*.ts'],
    ['electron', ...HOSTS_MAY_NOT],
    'Hosts wire transports to services and the API: they never reach past services into store, io or jobs; only hosts/electron imports electron.',
  ),
  layer(
    ['bench/**/*.ts', 'scripts/**/*.ts'],
    ['**/services/create-services', '**/store/**'],
    'Benchmarks and scripts go through the one door (src/main/hosts/in-process-client.ts), never around it.',
  ),
  layer(
    ['src/main/services/**/*.ts'],
    ['**/hosts/**', 'electron', '**/renderer/**'],
    'Services never reach up into hosts.',
  ),
  layer(
    ['src/main/geopackage/**/*.ts'],
    [
      '**/api/**',
      '**/store/**',
      '**/io/**',
      '**/jobs/**',
      '**/services/**',
      '**/hosts/**',
      '**/sync/**',
      'electron',
      '**/renderer/**',
    ],
    'src/main/geopackage is the SQLite engine and GeoPackage format: it uses domain only, and store and io use it.',
  ),
  layer(
    ['src/main/store/**/*.ts'],
    [
      '**/api/**',
      '**/io/**',
      '**/jobs/**',
      '**/services/**',
      '**/hosts/**',
      '**/sync/**',
      'electron',
      '**/renderer/**',
    ],
    'The store keeps the project database: it uses geopackage and domain; services call it, never the reverse.',
  ),
  layer(
    ['src/main/io/**/*.ts'],
    [
      '**/api/**',
      '**/store/**',
      '**/jobs/**',
      '**/services/**',
      '**/hosts/**',
      '**/sync/**',
      'electron',
      '**/renderer/**',
    ],
    'io reads and writes files: it uses geopackage and domain, never the project store (that is private to store/).',
  ),
  layer(
    ['src/main/sync/**/*.ts'],
    ['**/api/**', '**/services/**', '**/hosts/**', '**/jobs/**', 'electron', '**/renderer/**'],
    'Sync speaks WFS-T and keeps the outbox through the store: it never reaches up into services or hosts.',
  ),
  layer(
    ['src/main/jobs/**/*.ts'],
    ['**/api/**', '**/store/**', '**/services/**', '**/hosts/**', '**/sync/**', 'electron', '**/renderer/**'],
    'Jobs run on their own thread: they use io, geopackage and domain, never the store, services or hosts.',
  ),
  layer(
    ['src/main/hosts/electron/**/*.ts'],
    HOSTS_MAY_NOT,
    'The Electron shell wires Electron to services: it never reaches past services into store, io or jobs.',
  ),
  // One way to build UI: Preact components. Only map/ (OpenLayers) drives the DOM by hand.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/map/**', 'src/renderer/testing/**', 'src/renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['createElement', 'querySelector', 'querySelectorAll'].map((property) => ({
          object: 'document',
          property,
          message:
            'Build and read UI through Preact components and state (src/renderer/components, panels/).',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|textContent)$/]',
          message: 'Render text and markup with Preact components, not by assigning to the DOM.',
        },
      ],
    },
  },
);
