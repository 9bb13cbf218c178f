// Writes one layer as a shapefile set: .shp .shx .dbf .prj .cpg, plus <name>.fields.csv mapping the 10-character
// DBF names to RoadGIS fields. Sizes are checked before anything is written (2 GB per file).
import fs from 'node:fs';
import path from 'node:path';
import { mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { geometryBBox } from '../../../domain/geometry/geojson';
import { esriWkt } from '../../../domain/location/wkt';
import type { ExportData } from '../records';
import { dbfFields, dbfHeader, dbfRecord, type Truncation } from './dbf-writer';
import { shortFieldNames } from './field-names';
import type { ShapeType } from './shp-writer';
import { encodeShape, shpHeader } from './shp-writer';

export const SHAPEFILE_LIMIT_BYTES = 2 ** 31 - 1;

export interface ShapefileResult {
  files: string[];
  warnings: string[];
}

function csvCell(v: string): string {
  return /[",\n]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function writeShapefile(
  out: string,
  data: ExportData,
  shapeType: ShapeType,
  limitBytes = SHAPEFILE_LIMIT_BYTES,
): ShapefileResult {
  const base = out.replace(/\.shp$/iu, '');
  const short = shortFieldNames(data.fields.map((f) => f.name));
  const fields = dbfFields(data.fields, short);
  const shapes = data.records.map((r, i) => encodeShape(r.geometry, shapeType, `feature ${i + 1}`));
  const shpBytes = 100 + shapes.reduce((n, s) => n + 8 + s.length, 0);
  const recordLength = 1 + fields.reduce((n, f) => n + f.width, 0);
  const dbfBytes = 32 + 32 * fields.length + 1 + recordLength * data.records.length + 1;
  for (const [ext, size] of [
    ['.shp', shpBytes],
    ['.dbf', dbfBytes],
  ] as const) {
    if (size > limitBytes) {
      throw new Error(
        `${path.basename(base)}${ext} would be ${(size / 2 ** 30).toFixed(2)} GB; a shapefile part is limited to 2 GB. ` +
          'Export fewer features (a filter or selection) or use GeoPackage.',
      );
    }
  }

  let box: BBox | null = null;
  for (const r of data.records) if (r.geometry) box = mergeBBox(box, geometryBBox(r.geometry));
  const shp = fs.openSync(`${base}.shp`, 'w');
  const shx = fs.openSync(`${base}.shx`, 'w');
  const dbf = fs.openSync(`${base}.dbf`, 'w');
  const truncated: Truncation[] = [];
  try {
    fs.writeSync(shp, shpHeader(shapeType, shpBytes, box));
    fs.writeSync(shx, shpHeader(shapeType, 100 + 8 * shapes.length, box));
    let offset = 100;
    const recordHead = new Uint8Array(8);
    const headView = new DataView(recordHead.buffer);
    shapes.forEach((content, i) => {
      headView.setInt32(0, i + 1, false);
      headView.setInt32(4, content.length / 2, false);
      fs.writeSync(shp, recordHead);
      fs.writeSync(shp, content);
      const idx = new Uint8Array(8);
      const iv = new DataView(idx.buffer);
      iv.setInt32(0, offset / 2, false);
      iv.setInt32(4, content.length / 2, false);
      fs.writeSync(shx, idx);
      offset += 8 + content.length;
    });
    fs.writeSync(dbf, dbfHeader(fields, data.records.length, new Date()));
    const chunk: Uint8Array[] = [];
    const flush = () => {
      if (chunk.length) fs.writeSync(dbf, Buffer.concat(chunk));
      chunk.length = 0;
    };
    for (const r of data.records) {
      chunk.push(dbfRecord(fields, r.attributes, truncated));
      if (chunk.length >= 1024) flush();
    }
    flush();
    fs.writeSync(dbf, new Uint8Array([0x1a]));
  } finally {
    fs.closeSync(shp);
    fs.closeSync(shx);
    fs.closeSync(dbf);
  }
  fs.writeFileSync(`${base}.prj`, esriWkt(data.crs));
  fs.writeFileSync(`${base}.cpg`, 'UTF-8');
  const mapping = [
    'dbf_field,roadgis_field,label_vi,label_en',
    ...data.fields.map((f) => [short.get(f.name)!, f.name, f.vi, f.en].map(csvCell).join(',')),
  ];
  fs.writeFileSync(`${base}.fields.csv`, `\uFEFF${mapping.join('\n')}\n`);

  const warnings: string[] = [];
  const byField = new Map<string, number>();
  for (const t of truncated) byField.set(t.field, (byField.get(t.field) ?? 0) + 1);
  for (const [field, n] of byField) {
    warnings.push(
      `${n} value(s) of ${field} were longer than a DBF text field (254 bytes) and were cut; GeoPackage keeps them whole`,
    );
  }
  return {
    files: ['.shp', '.shx', '.dbf', '.prj', '.cpg', '.fields.csv'].map((e) => `${base}${e}`),
    warnings,
  };
}
