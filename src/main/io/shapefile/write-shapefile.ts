// Writes one layer as a shapefile set: .shp .shx .dbf .prj .cpg, plus <name>.fields.csv mapping the 10-character
// DBF names to RoadGIS fields. Sizes are checked before anything is written (2 GB per file).
import { failure } from '../../../domain/assets/interchange-failures';
import type { Notice } from '../../../domain/assets/interchange-notices';
import { notice } from '../../../domain/assets/interchange-notices';
import fs from 'node:fs';
import path from 'node:path';
import { mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { geometryBBox } from '../../../domain/geometry/geojson';
import { esriWkt } from '../../../domain/location/wkt';
import type { ExportData } from '../records';
import { ChunkedFileWriter } from '../chunked-file';
import { dbfFields, dbfHeader, writeDbfRecord, type Truncation } from './dbf-writer';
import { shortFieldNames } from './field-names';
import type { ShapeType } from './shp-writer';
import { encodeShape, shpHeader } from './shp-writer';

export const SHAPEFILE_LIMIT_BYTES = 2 ** 31 - 1;

export interface ShapefileResult {
  files: string[];
  warnings: Notice[];
}

/** A part of the shapefile would pass the format's 2 GB limit; nothing was written. */
export class ShapefileLimitError extends Error {
  constructor(
    readonly file: string,
    readonly gb: string,
  ) {
    super(failure('shapefile_too_large', { file, gb }).text);
  }
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
      throw new ShapefileLimitError(`${path.basename(base)}${ext}`, (size / 2 ** 30).toFixed(2));
    }
  }

  let box: BBox | null = null;
  for (const r of data.records) if (r.geometry) box = mergeBBox(box, geometryBBox(r.geometry));
  const shp = new ChunkedFileWriter(`${base}.shp`);
  const shx = new ChunkedFileWriter(`${base}.shx`);
  const dbf = new ChunkedFileWriter(`${base}.dbf`);
  const truncated: Truncation[] = [];
  let done = false;
  try {
    shp.write(shpHeader(shapeType, shpBytes, box));
    shx.write(shpHeader(shapeType, 100 + 8 * shapes.length, box));
    let offset = 100;
    const head = new Uint8Array(8);
    const headView = new DataView(head.buffer);
    shapes.forEach((content, i) => {
      headView.setInt32(0, i + 1, false);
      headView.setInt32(4, content.length / 2, false);
      shp.write(head);
      shp.write(content);
      headView.setInt32(0, offset / 2, false);
      shx.write(head);
      offset += 8 + content.length;
    });
    dbf.write(dbfHeader(fields, data.records.length, new Date()));
    for (const r of data.records) {
      const { buf, at } = dbf.reserve(recordLength);
      writeDbfRecord(fields, r.attributes, truncated, buf, at);
    }
    dbf.write(new Uint8Array([0x1a]));
    done = true;
  } finally {
    shp.close(!done);
    shx.close(!done);
    dbf.close(!done);
  }
  fs.writeFileSync(`${base}.prj`, esriWkt(data.crs));
  fs.writeFileSync(`${base}.cpg`, 'UTF-8');
  const mapping = [
    'dbf_field,roadgis_field,label_vi,label_en',
    ...data.fields.map((f) => [short.get(f.name)!, f.name, f.vi, f.en].map(csvCell).join(',')),
  ];
  fs.writeFileSync(`${base}.fields.csv`, `\uFEFF${mapping.join('\n')}\n`);

  const warnings: Notice[] = [];
  const byField = new Map<string, number>();
  for (const t of truncated) byField.set(t.field, (byField.get(t.field) ?? 0) + 1);
  for (const [field, n] of byField) {
    warnings.push(notice('dbf_text_cut', { count: n, field }));
  }
  return {
    files: ['.shp', '.shx', '.dbf', '.prj', '.cpg', '.fields.csv'].map((e) => `${base}${e}`),
    warnings,
  };
}
