// Builds a project of a given size quickly for benchmarks: an empty project is created, then asset rows are
// written straight into its file with the GeoPackage engine, as another tool (GDAL, QGIS) would write them.
// Setup only; the measured edits go through the API like a person's.
import fs from 'node:fs';
import path from 'node:path';
import { encodeGpb } from '../src/main/geopackage/geometry-blob';
import { exportDatabase, openDatabaseFile } from '../src/main/geopackage/sqlite-engine';
import { createProjectClient } from '../src/main/hosts/in-process-client';
import { nodeHostPorts } from '../src/main/services/host-ports';
import { seededRandom } from '../scripts/sample/generate';

export async function buildProjectOfSize(dir: string, targetBytes: number): Promise<string> {
  const file = path.join(dir, `bench-${Math.round(targetBytes / 1e6)}mb.gpkg`);
  for (const f of [file, `${file}.journal`, `${file}.lock`]) fs.rmSync(f, { force: true });
  const ports = nodeHostPorts();
  const empty = await createProjectClient(
    file,
    { name: 'bench', province: 'kon-tum', workingCrs: 'EPSG:9216' },
    ports,
  );
  await empty.close();
  const db = await openDatabaseFile(file);
  const rand = seededRandom(1);
  // ~3.4 kB per road (200 vertices) → rows needed for the target size.
  const rows = Math.ceil(targetBytes / 3400);
  const stmt = db.prepare(
    'INSERT INTO roads (geom, uid, road_code, name, management_level, surface_type, width_m, lanes, created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  db.exec('BEGIN');
  const now = new Date().toISOString();
  for (let i = 0; i < rows; i++) {
    let x = 107.4 + rand() * 1.1;
    let y = 13.9 + rand() * 1.4;
    const coords: [number, number][] = [];
    for (let v = 0; v < 200; v++) {
      x += (rand() - 0.5) * 0.001;
      y += (rand() - 0.5) * 0.001;
      coords.push([x, y]);
    }
    stmt
      .bind([
        encodeGpb({ type: 'LineString', coordinates: coords }, 4326),
        ports.newId(),
        `ĐH.${i % 500}`,
        `Đường huyện số ${i}`,
        'duong_huyen',
        'lang_nhua',
        5.5,
        2,
        now,
        now,
        'bench',
        'bench',
      ])
      .stepReset();
  }
  stmt.finalize();
  db.exec('COMMIT');
  fs.writeFileSync(file, await exportDatabase(db));
  db.close();
  return file;
}
