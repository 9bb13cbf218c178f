// npm run bench:interchange — import a 100k-road shapefile (VN-2000 TM-3, 10 attributes) into a project and
// export it back to a shapefile, each next to ogr2ogr doing the same job (reproject to/from WGS 84, GeoPackage in
// between). Both run as command-line processes, start-up included. Goal (issue 3): ≤ 1.5× ogr2ogr.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeRoadShapefile } from './interchange-fixture';

const N = Number(process.env.BENCH_FEATURES ?? 100_000);
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadgis-bench-io-'));
const cli = (...args: string[]) => ['bin/roadgis.mjs', ...args];

function time(label: string, cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  return ms;
}

// The input: a shapefile in EPSG:9216 with 10 attributes, written once (not timed).
const { shp, mb } = await writeRoadShapefile(dir, N);

const project = path.join(dir, 'p.gpkg');
execFileSync('node', cli('new', project, '--province', 'Kon Tum'), { cwd: root });
const mapping = [
  'so_hieu=road_code',
  'ten_duong=name',
  'cap_ql=management_level',
  'cap_kt=technical_grade',
  'ket_cau=surface_type',
  'be_rong=width_m',
  'so_lan=lanes',
  'dv_ql=managing_unit',
  'km_dau=start_chainage_m',
  'nam_xd=year_built',
].flatMap((m) => ['--map', m]);
const ourImport = time(
  'roadgis import',
  'node',
  cli('import', shp, '--project', project, '--layer', 'roads', ...mapping),
);
const gdalImport = time('ogr2ogr import', 'ogr2ogr', [
  '-f',
  'GPKG',
  path.join(dir, 'gdal.gpkg'),
  shp,
  '-nln',
  'roads',
  '-t_srs',
  'EPSG:4326',
  '-nlt',
  'LINESTRING',
]);
const ourExport = time(
  'roadgis export',
  'node',
  cli('export', path.join(dir, 'out.shp'), '--project', project, '--layer', 'roads'),
);
const gdalExport = time('ogr2ogr export', 'ogr2ogr', [
  '-f',
  'ESRI Shapefile',
  path.join(dir, 'gdal_out.shp'),
  path.join(dir, 'gdal.gpkg'),
  'roads',
  '-t_srs',
  'EPSG:9216',
  '-lco',
  'ENCODING=UTF-8',
]);
// Not the goal, but the open-data package and GIS planners use it: the layer as a GeoPackage.
const ourGpkg = time(
  'roadgis export gpkg',
  'node',
  cli('export', path.join(dir, 'out.gpkg'), '--project', project, '--layer', 'roads', '--format', 'gpkg'),
);
const gdalGpkg = time('ogr2ogr export gpkg', 'ogr2ogr', [
  '-f',
  'GPKG',
  path.join(dir, 'gdal_out.gpkg'),
  path.join(dir, 'gdal.gpkg'),
  'roads',
  '-t_srs',
  'EPSG:9216',
]);
fs.rmSync(dir, { recursive: true, force: true });

const row = (job: string, ours: number, gdal: number) =>
  `| ${job} | ${(ours / 1000).toFixed(1)} s | ${(gdal / 1000).toFixed(1)} s | ${(ours / gdal).toFixed(2)}× |`;
console.log(
  `${N.toLocaleString('en')} roads × 20 vertices, 10 attributes; shapefile ${mb} MB. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, GDAL ${execFileSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).split(',')[0]!.replace('GDAL ', '')}`,
);
console.log('');
console.log('| job | roadgis | ogr2ogr | ratio |');
console.log('|---|---|---|---|');
console.log(row('import shapefile (EPSG:9216) → project (EPSG:4326)', ourImport, gdalImport));
console.log(row('export project → shapefile (EPSG:9216)', ourExport, gdalExport));
console.log(row('export project → GeoPackage (EPSG:9216)', ourGpkg, gdalGpkg));
