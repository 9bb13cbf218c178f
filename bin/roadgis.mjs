#!/usr/bin/env node
// roadgis: runs the built CLI (dist/cli, made by `npm run build`); from a fresh checkout without a build it
// runs the TypeScript sources through tsx instead (slower to start, same behaviour).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/roadgis.mjs', import.meta.url);
let runCli;
if (fs.existsSync(fileURLToPath(built))) {
  ({ runCli } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import(new URL('../src/main/hosts/cli/main.ts', import.meta.url).href));
}
process.exitCode = await runCli(process.argv.slice(2), {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
});
