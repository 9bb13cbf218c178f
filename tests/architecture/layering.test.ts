// The design's arrows hold by themselves: ESLint refuses imports that cross a layer the wrong way, and src/
// has no import cycles.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { findCycles } from '../../scripts/check-cycles';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src/domain/assets/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['src/domain/assets/x.ts', "import { API } from '../../api/contract';\nexport const a = API;"],
    ['src/api/x.ts', "import { dispatch } from '../main/hosts/dispatch';\nexport const a = dispatch;"],
    [
      'src/renderer/x.ts',
      "import { ProjectStore } from '../main/store/project-store';\nexport const a = ProjectStore;",
    ],
    ['src/renderer/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    // Components are .tsx: the same arrows hold for them.
    ['src/renderer/panels/x/x.tsx', "import fs from 'node:fs';\nexport const X = () => <p>{String(fs)}</p>;"],
    [
      'src/renderer/panels/x/x.tsx',
      "import { app } from 'electron';\nexport const X = () => <p>{String(app)}</p>;",
    ],
    [
      'src/renderer/components/x.tsx',
      "import { dispatch } from '../../main/hosts/dispatch';\nexport const X = () => <p>{String(dispatch)}</p>;",
    ],
    ['src/main/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    [
      'src/main/services/x.ts',
      "import { startWebHost } from '../hosts/web/server';\nexport const a = startWebHost;",
    ],
    ['src/main/store/x.ts', "import { dispatch } from '../hosts/dispatch';\nexport const a = dispatch;"],
    [
      'src/main/jobs/x.ts',
      "import { runImport } from '../services/interchange-import';\nexport const a = runImport;",
    ],
    // The project database is private to the store; the engine and format live in geopackage/.
    [
      'src/main/io/x.ts',
      "import { ProjectStore } from '../store/project-store';\nexport const a = ProjectStore;",
    ],
    [
      'src/main/jobs/x.ts',
      "import { listFeatures } from '../store/queries';\nexport const a = listFeatures;",
    ],
    [
      'src/main/geopackage/x.ts',
      "import { ProjectStore } from '../store/project-store';\nexport const a = ProjectStore;",
    ],
    [
      'src/main/geopackage/x.ts',
      "import { readSource } from '../io/read-source';\nexport const a = readSource;",
    ],
    ['src/main/store/x.ts', "import { readSource } from '../io/read-source';\nexport const a = readSource;"],
    ['src/main/store/x.ts', "import { runJob } from '../jobs/job-runner';\nexport const a = runJob;"],
    [
      'src/main/store/x.ts',
      "import { createServices } from '../services/create-services';\nexport const a = createServices;",
    ],
    [
      'src/main/sync/x.ts',
      "import { createServices } from '../services/create-services';\nexport const a = createServices;",
    ],
    // Below the hosts, errors are DomainErrors; only dispatch turns them into API errors.
    ['src/main/io/x.ts', "import { ApiError } from '../../api/errors';\nexport const a = ApiError;"],
    ['src/main/jobs/x.ts', "import { ApiError } from '../../api/errors';\nexport const a = ApiError;"],
    [
      'src/main/hosts/cli/x.ts',
      "import { ProjectStore } from '../../store/project-store';\nexport const a = ProjectStore;",
    ],
    ['src/main/hosts/web/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    [
      'src/main/hosts/electron/x.ts',
      "import { readSource } from '../../io/read-source';\nexport const a = readSource;",
    ],
    [
      'bench/x.ts',
      "import { createServices } from '../src/main/services/create-services';\nexport const a = createServices;",
    ],
    [
      'scripts/x.ts',
      "import { ProjectStore } from '../src/main/store/project-store';\nexport const a = ProjectStore;",
    ],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/main/hosts/electron/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['src/renderer/x.ts', "import { LAYERS } from '../domain/assets/layers';\nexport const a = LAYERS;"],
    [
      'src/renderer/panels/x/x.tsx',
      "import { LAYERS } from '../../../domain/assets/layers';\nexport const X = () => <p>{LAYERS.roads.vi}</p>;",
    ],
    ['src/main/services/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    [
      'src/main/io/x.ts',
      "import { openDatabaseFile } from '../geopackage/sqlite-engine';\nexport const a = openDatabaseFile;",
    ],
    [
      'src/main/store/x.ts',
      "import { openDatabaseFile } from '../geopackage/sqlite-engine';\nexport const a = openDatabaseFile;",
    ],
    ['src/main/jobs/x.ts', "import { readSource } from '../io/read-source';\nexport const a = readSource;"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });

  it('change records are written and read by one module only (the sync outbox has one writer)', () => {
    const owner = path.join('src', 'main', 'store', 'change-log', 'records.ts');
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (
          /\.tsx?$/u.test(e.name) &&
          /roadgis_(changes|transactions)\b/u.test(fs.readFileSync(p, 'utf8'))
        )
          hits.push(path.relative(root, p));
      }
    };
    walk(path.join(root, 'src'));
    expect(hits).toEqual([owner]);
  });

  it.each([
    ['src/renderer/panels/x/x.tsx', "export function f() { return document.createElement('div'); }"],
    ['src/renderer/state/x.ts', "export function f(e: HTMLElement) { e.textContent = 'Đã tải'; }"],
    ['src/renderer/components/x.tsx', "export function f(e: HTMLElement) { e.innerHTML = '<b>x</b>'; }"],
  ])('%s may not build DOM by hand: %s', async (file, code) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules.some((r) => r === 'no-restricted-properties' || r === 'no-restricted-syntax')).toBe(true);
  });

  it('src/renderer/map may drive the DOM (OpenLayers is imperative)', async () => {
    const [result] = await eslint.lintText("export const d = document.createElement('canvas');", {
      filePath: path.join(root, 'src/renderer/map/x.ts'),
    });
    expect(result!.messages).toEqual([]);
  });

  it('src/ has no import cycles', () => {
    expect(findCycles(path.join(root, 'src'))).toEqual([]);
  });
});
