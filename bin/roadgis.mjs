#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx roadgis` works from a checkout without a build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const entry = fileURLToPath(new URL('../src/main/hosts/cli/main.ts', import.meta.url));
const { runCli } = await import(entry);
process.exitCode = await runCli(process.argv.slice(2), {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
});
