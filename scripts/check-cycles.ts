// Fails when src/ has an import cycle (design.md: layering plus a cycle check). Uses TypeScript's own
// import scanner, so type-only imports count as edges too: a cycle of types is still a design smell.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function findCycles(root: string): string[][] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/u.test(e.name) && !/\.(test|d)\.ts$/u.test(e.name)) files.push(p);
    }
  };
  walk(root);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((i) => i.fileName)
      .filter((n) => n.startsWith('.'))
      .map((n) => path.resolve(path.dirname(file), n))
      .map((n) => [`${n}.ts`, path.join(n, 'index.ts'), n].find((c) => files.includes(c)))
      .filter((n): n is string => Boolean(n));
    graph.set(file, deps);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'visiting')
        cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => path.relative(root, f)));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

const isEntry =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isEntry) {
  const cycles = findCycles(path.resolve(process.argv[2] ?? 'src'));
  for (const c of cycles) console.error(`import cycle: ${c.join(' → ')}`);
  process.exitCode = cycles.length ? 1 : 0;
  if (!cycles.length) console.log('no import cycles in src/');
}
