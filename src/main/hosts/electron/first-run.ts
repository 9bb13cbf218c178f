// On first run the app opens a copy of the bundled sample province in the user's data folder.
import fs from 'node:fs';
import path from 'node:path';

export function ensureProjectFile(userDataDir: string, resourcesDir: string, requested?: string): string {
  if (requested) return path.resolve(requested);
  const dir = path.join(userDataDir, 'projects');
  const file = path.join(dir, 'kon-tum.gpkg');
  if (!fs.existsSync(file)) {
    const sample = path.join(resourcesDir, 'sample', 'kon-tum.gpkg');
    if (!fs.existsSync(sample))
      throw new Error(`the sample project ${sample} is missing; run "npm run sample"`);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(sample, file);
  }
  return file;
}
