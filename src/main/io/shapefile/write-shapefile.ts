// Writes one layer as a shapefile set: .shp .shx .dbf .prj .cpg, plus <name>.fields.csv mapping the 10-character
// DBF names to RoadGIS fields. Sizes are checked before anything is written (2 GB per file).
import { failure } from '../../../domain/assets/interchange-failures';
import type { Notice } from '../../../domain/assets/interchange-notices';
import { notice } from '../../../domain/assets/interchange-notices';
import fs from 'node:fs';
import path from 'node:path';
import { mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { esriWkt } from '../../../domain/location/wkt';
import type { ExportStream } from '../records';
import { ChunkedFileWriter } from '../chunked-file';
import { dbfFields, dbfHeader, writeDbfRecord, type Truncation } from './dbf-writer';
import { shortFieldNames } from './field-names';
import type { ShapeType } from './shp-writer';
import { shapeSize, shpHeader, writeShape } from './shp-writer';

export const SHAPEFILE_LIMIT_BYTES = 2 ** 31 - 1;

export interface ShapefileResult {
  files: string[];
  /** Records written. */
  count: number;
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

/**
 * Streams the records out page by page; the headers, whose sizes, extent and count are known only at the end,
 * are written last over placeholders. Passing the 2 GB limit stops the writing and removes what was written.
 */
export async function writeShapefile(
  out: string,
  data: ExportStream,
  shapeType: ShapeType,
  limitBytes = SHAPEFILE_LIMIT_BYTES,
): Promise<ShapefileResult> {
  const base = out.replace(/\.shp$/iu, '');
  const short = shortFieldNames(data.fields.map((f) => f.name));
  const fields = dbfFields(data.fields, short);
  const recordLength = 1 + fields.reduce((n, f) => n + f.width, 0);
  const parts = ['.shp', '.shx', '.dbf'].map((ext) => `${base}${ext}`);
  const tooBig = (ext: string, size: number) =>
    new ShapefileLimitError(`${path.basename(base)}${ext}`, (size / 2 ** 30).toFixed(2));

  const shp = new ChunkedFileWriter(parts[0]!);
  const shx = new ChunkedFileWriter(parts[1]!);
  const dbf = new ChunkedFileWriter(parts[2]!);
  const truncated: Truncation[] = [];
  let box: BBox | null = null;
  let count = 0;
  let shpBytes = 100;
  let done = false;
  try {
    shp.write(new Uint8Array(100));
    shx.write(new Uint8Array(100));
    const now = new Date();
    dbf.write(dbfHeader(fields, 0, now));
    const headerBytes = 32 + 32 * fields.length + 1;
    const head = new Uint8Array(8);
    const headView = new DataView(head.buffer);
    for await (const page of data.pages()) {
      const g = page.geometries;
      for (let i = 0; i < g.count; i++) {
        const size = shapeSize(g, i, shapeType, `feature ${count + 1}`);
        if (shpBytes + 8 + size > limitBytes) throw tooBig('.shp', shpBytes + 8 + size);
        if (headerBytes + recordLength * (count + 1) + 1 > limitBytes)
          throw tooBig('.dbf', headerBytes + recordLength * (count + 1) + 1);
        count++;
        // Written in place in the file's buffer; a line too long for one chunk gets its own.
        const own = 8 + size > shp.chunkBytes ? new Uint8Array(8 + size) : null;
        const rec = own ? { buf: own, at: 0 } : shp.reserve(8 + size);
        const view = new DataView(rec.buf.buffer, rec.buf.byteOffset + rec.at, 8 + size);
        view.setInt32(0, count, false);
        view.setInt32(4, size / 2, false);
        const featureBox = writeShape(g, i, shapeType, view, 8);
        if (own) shp.write(own);
        if (featureBox) box = mergeBBox(box, featureBox);
        headView.setInt32(0, shpBytes / 2, false);
        headView.setInt32(4, size / 2, false);
        shx.write(head);
        shpBytes += 8 + size;
        const { buf, at } = dbf.reserve(recordLength);
        writeDbfRecord(fields, page.attributes[i]!, truncated, buf, at);
      }
    }
    dbf.write(new Uint8Array([0x1a]));
    shp.patch(shpHeader(shapeType, shpBytes, box), 0);
    shx.patch(shpHeader(shapeType, 100 + 8 * count, box), 0);
    dbf.patch(dbfHeader(fields, count, now), 0);
    done = true;
  } finally {
    shp.close(!done);
    shx.close(!done);
    dbf.close(!done);
    if (!done) for (const f of parts) fs.rmSync(f, { force: true });
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
    count,
    warnings,
  };
}
