// Export (issue 3): a layer — whole, filtered or selected — to shapefile, GeoPackage, GeoJSON, KML, CSV or XLSX,
// in any registry CRS (default: the project's working CRS; WGS 84 for GeoJSON and KML). Also the open-data package.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../domain/errors';
import { ApiError } from '../../api/errors';
import type { TextParams } from '../../domain/assets/coded-text';
import { failure } from '../../domain/assets/interchange-failures';
import type { Notice } from '../../domain/assets/interchange-notices';
import { LAYER_NAMES, LAYERS } from '../../domain/assets/layers';
import { findCrs } from '../../domain/location/crs';
import { writeCsv } from '../io/csv/write-csv';
import { writeGeoJson } from '../io/geojson/write-geojson';
import { writeGeoPackage } from '../io/geopackage/write-geopackage';
import type { ExportField } from '../io/records';
import { writeKml } from '../io/kml/write-kml';
import { shapeTypeFor } from '../io/shapefile/shp-writer';
import { ShapefileLimitError, writeShapefile } from '../io/shapefile/write-shapefile';
import { writeXlsx } from '../io/xlsx/write-xlsx';
import type { LayerName } from '../../domain/assets/layers';
import type { Reprojector } from '../jobs/reproject/reprojector';
import { reprojectInline, reprojectInWorker } from '../jobs/reproject/reprojector';
import type { ProjectStore } from '../store/project-store';
import type { ExportFormat } from '../../domain/assets/interchange-formats';
import type { HostPorts } from './host-ports';
import type { ExportSelection } from './export-data';
import type { ExportWatch } from './export-data';
import { exportRecords, exportStream } from './export-data';
import { fail, noticesOut } from '../io/interchange-messages';

export type { ExportFormat } from '../../domain/assets/interchange-formats';

export interface ExportRequest extends Omit<ExportSelection, 'crs'> {
  format: ExportFormat;
  path: string;
  crs?: string;
  overwrite?: boolean;
  lang?: 'vi' | 'en';
}

export interface ExportResult {
  files: string[];
  count: number;
  crs: string;
  /** English sentences; `notices` holds the same as codes and values. */
  warnings: string[];
  notices: Array<{ code: string; params: TextParams }>;
}

function checkTarget(file: string, overwrite: boolean): void {
  if (!path.isAbsolute(file))
    throw fail('invalid_input', failure('path_not_absolute', { path: file }), [
      { path: 'path', message: 'not absolute' },
    ]);
  if (!fs.existsSync(path.dirname(file)))
    throw fail('invalid_input', failure('folder_missing', { folder: path.dirname(file) }), [
      { path: 'path', message: 'no such folder' },
    ]);
  if (fs.existsSync(file) && !overwrite) throw fail('conflict', failure('file_exists', { path: file }));
}

/** Layers at least this big are reprojected in a worker thread while the shapefile is written. */
const WORKER_MIN_FEATURES = 5000;

function reprojectorFor(store: ProjectStore, ports: HostPorts, layer: LayerName, to: string): Reprojector {
  if (to === 'EPSG:4326') return reprojectInline(to, to);
  const mode = ports.workerJobs ?? 'auto';
  const worker = mode === 'auto' ? store.read.count(layer) >= WORKER_MIN_FEATURES : mode === 'always';
  return worker ? reprojectInWorker('EPSG:4326', to) : reprojectInline('EPSG:4326', to);
}

export async function exportLayer(
  store: ProjectStore,
  ports: HostPorts,
  req: ExportRequest,
  watch?: ExportWatch,
): Promise<ExportResult> {
  const fixedWgs84 = req.format === 'geojson' || req.format === 'kml';
  const crsCode = req.crs ?? (fixedWgs84 ? 'EPSG:4326' : (store.meta('working_crs') ?? 'EPSG:4326'));
  const crs = findCrs(crsCode);
  if (!crs)
    throw fail('invalid_input', failure('crs_unknown', { crs: crsCode }), [
      { path: 'crs', message: 'not in the CRS registry' },
    ]);
  if (fixedWgs84 && crs.code !== 'EPSG:4326') {
    throw fail('invalid_input', failure('wgs84_only', { format: req.format.toUpperCase(), crs: crs.code }), [
      { path: 'crs', message: 'GeoJSON and KML are WGS 84 only' },
    ]);
  }
  checkTarget(req.path, req.overwrite ?? false);
  const selection = { ...req, crs: crs.code };
  const warnings: Notice[] = [];
  let files = [req.path];
  let count: number;
  try {
    if (req.format === 'shp' || req.format === 'gpkg') {
      // Streamed a page at a time (the whole province may be asked for), reprojected alongside.
      const reprojector = reprojectorFor(store, ports, req.layer, crs.code);
      try {
        const stream = exportStream(store, selection, reprojector, watch);
        if (req.format === 'shp') {
          const r = await writeShapefile(req.path, stream, shapeTypeFor(LAYERS[req.layer].geometryType));
          files = r.files;
          count = r.count;
          warnings.push(...r.warnings);
        } else {
          if (fs.existsSync(req.path)) fs.rmSync(req.path);
          count = await writeGeoPackage(req.path, [stream]);
        }
      } finally {
        await reprojector.close();
      }
    } else {
      const records = exportRecords(store, selection, watch);
      if (req.format === 'geojson') count = await writeGeoJson(req.path, records);
      else if (req.format === 'kml') count = await writeKml(req.path, records);
      else if (req.format === 'csv') count = await writeCsv(req.path, records, req.lang);
      else count = await writeXlsx(req.path, records, req.lang);
    }
  } catch (e) {
    if (e instanceof ApiError || e instanceof DomainError) throw e;
    if (e instanceof ShapefileLimitError)
      throw fail('invalid_input', failure('shapefile_too_large', { file: e.file, gb: e.gb }));
    throw fail('io', failure('export_failed', { path: req.path, detail: (e as Error).message }));
  }
  // A cancel that arrived while the writer finished its file (after the last page was read) still holds.
  if (watch?.cancelled()) {
    for (const f of files) fs.rmSync(f, { force: true });
    throw fail('cancelled', failure('export_cancelled'));
  }
  return { files, count, crs: crs.code, ...noticesOut(warnings) };
}

/** Fields that identify people are left out of open data. */
const PRIVATE_FIELDS = new Set(['created_by', 'updated_by']);

export async function exportOpenData(store: ProjectStore, dir: string): Promise<ExportResult> {
  if (!path.isAbsolute(dir) || !fs.existsSync(dir))
    throw new ApiError('INVALID_INPUT', `folder ${dir} must exist and be absolute`);
  const publicFields = <T extends { fields: ExportField[] }>(d: T): T => ({
    ...d,
    fields: d.fields.filter((f) => !PRIVATE_FIELDS.has(f.name)),
  });
  const gpkg = path.join(dir, 'roadgis-open-data.gpkg');
  if (fs.existsSync(gpkg)) fs.rmSync(gpkg);
  const wgs84 = reprojectInline('EPSG:4326', 'EPSG:4326');
  await writeGeoPackage(
    gpkg,
    LAYER_NAMES.map((layer) => publicFields(exportStream(store, { layer, crs: 'EPSG:4326' }, wgs84))),
  );
  const files = [gpkg];
  const datasets = [];
  for (const layer of LAYER_NAMES) {
    const d = publicFields(exportRecords(store, { layer, crs: 'EPSG:4326' }));
    const f = path.join(dir, `${layer}.geojson`);
    const count = await writeGeoJson(f, d);
    files.push(f);
    datasets.push({ ...d, count });
  }
  const metadata = {
    title: `${store.meta('name') ?? 'RoadGIS'} — dữ liệu mở kết cấu hạ tầng đường bộ`,
    province: store.meta('province'),
    created: new Date().toISOString(),
    crs: 'EPSG:4326 (WGS 84); source data kept in ' + (store.meta('working_crs') ?? 'EPSG:4326'),
    generator: 'RoadGIS',
    layers: datasets.map((d) => ({
      name: d.layer,
      title: d.title,
      features: d.count,
      files: ['roadgis-open-data.gpkg', `${d.layer}.geojson`],
      fields: d.fields.map((f) => ({ name: f.name, type: f.kind, vi: f.vi, en: f.en })),
    })),
  };
  const metaFile = path.join(dir, 'metadata.json');
  fs.writeFileSync(metaFile, JSON.stringify(metadata, null, 2));
  files.push(metaFile);
  return {
    files,
    count: datasets.reduce((n, d) => n + d.count, 0),
    crs: 'EPSG:4326',
    ...noticesOut([]),
  };
}
