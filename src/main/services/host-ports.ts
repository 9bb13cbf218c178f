// What services need from the host they run in (design.md): time, ids, who is editing, where resources are.
// Each host (Electron, web, CLI, tests) supplies its own; services never reach for globals.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A native file dialog request; the host shows it, the person picks (or cancels). */
export interface FileChoice {
  mode: 'open' | 'save';
  /** Already in the UI's language. */
  title: string;
  /** Lower-case extensions without the dot; empty for any file. */
  extensions: string[];
  /** Suggested file name for a save dialog. */
  defaultName?: string;
}

export interface HostPorts {
  now: () => string;
  newId: () => string;
  /** The person editing, recorded in the change log. */
  author: () => string;
  /** Folder holding the bundled resources (basemaps, sample project). */
  resourcesDir: string;
  /** The desktop's file dialog: the chosen absolute path, or null if cancelled. Absent in browser and CLI hosts. */
  chooseFile?: (choice: FileChoice) => Promise<string | null>;
  /** Where long jobs (imports) run: a worker thread for big inputs ('auto', the default), always, or never. */
  workerJobs?: 'auto' | 'always' | 'never';
}

/** resources/ next to the package.json above this module (works from src/ and from a dist/ bundle). */
export function defaultResourcesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'resources');
}

/** ROADGIS_WORKER_JOBS=always|never|auto (tests and troubleshooting); anything else is a clear error. */
function workerJobsSetting(v: string | undefined): HostPorts['workerJobs'] {
  if (v === undefined || v === '') return 'auto';
  if (v === 'auto' || v === 'always' || v === 'never') return v;
  throw new Error(`ROADGIS_WORKER_JOBS must be auto, always or never, not "${v}"`);
}

export function nodeHostPorts(overrides: Partial<HostPorts> = {}): HostPorts {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // Containers without a passwd entry: keep "unknown" rather than fail.
  }
  return {
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    author: () => process.env.ROADGIS_AUTHOR ?? user,
    workerJobs: workerJobsSetting(process.env.ROADGIS_WORKER_JOBS),
    resourcesDir: defaultResourcesDir(),
    ...overrides,
  };
}
