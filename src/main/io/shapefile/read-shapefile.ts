// Reads a shapefile (loose files or a .zip) fully checked: .shx and .dbf present, record counts agree, the
// .shp not truncated, the .prj recognised, text decoded by .cpg or detected, CP1258 composed to NFC, blank
// dates null. Any problem is an InputError naming the file (and record).
// Shapes and records are read by our own small readers (shp-reader.ts, dbf-reader.ts) rather than the
// `shapefile` package design.md names: that package decodes text through a JavaScript TextDecoder polyfill and
// hands out one promise per record, 10 of the 36 s a 100k-road import took. GDAL stays the reference in tests.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { recogniseWkt } from '../../../domain/location/wkt';
import type { Notice } from '../../../domain/assets/interchange-notices';
import { notice } from '../../../domain/assets/interchange-notices';
import type { TextEncodingName } from '../encoding';
import { detectEncoding, encodingFromCpg } from '../encoding';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { FieldValue, SourceData, SourceRecord } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';
import { DbfRecords, readDbfHeader } from './dbf-reader';
import { readShape } from './shp-reader';

interface Parts {
  name: string;
  shp: Uint8Array;
  shx?: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

function looseParts(file: string): Parts {
  const base = file.replace(/\.shp$/iu, '');
  const sibling = (ext: string) => {
    for (const e of [ext, ext.toUpperCase()]) if (fs.existsSync(base + e)) return base + e;
    return undefined;
  };
  const read = (ext: string) => {
    const f = sibling(ext);
    return f ? new Uint8Array(fs.readFileSync(f)) : undefined;
  };
  const prj = sibling('.prj');
  const cpg = sibling('.cpg');
  return {
    name: path.basename(file),
    shp: new Uint8Array(fs.readFileSync(file)),
    shx: read('.shx'),
    dbf: read('.dbf'),
    prj: prj ? fs.readFileSync(prj, 'utf8') : undefined,
    cpg: cpg ? fs.readFileSync(cpg, 'utf8') : undefined,
  };
}

function zipParts(file: string, layer?: string): Parts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  } catch (e) {
    throw new InputError(
      path.basename(file),
      readError('archive_unreadable', { kind: 'zip', detail: (e as Error).message }),
    );
  }
  const shps = Object.keys(entries).filter((n) => /\.shp$/iu.test(n) && !n.startsWith('__MACOSX'));
  const chosen = layer ? shps.find((n) => path.basename(n, path.extname(n)) === layer) : shps[0];
  if (!chosen)
    throw new InputError(
      path.basename(file),
      layer ? readError('zip_no_layer', { layer }) : readError('zip_no_shp'),
    );
  if (!layer && shps.length > 1) {
    throw new InputError(
      path.basename(file),
      readError('zip_many_shp', {
        count: shps.length,
        names: shps.map((s) => path.basename(s)).join(', '),
      }),
    );
  }
  const base = chosen.slice(0, -4);
  const get = (ext: string) => entries[base + ext] ?? entries[base + ext.toUpperCase()];
  const text = (b?: Uint8Array) => (b ? new TextDecoder().decode(b) : undefined);
  return {
    name: `${path.basename(file)}/${path.basename(chosen)}`,
    shp: get('.shp')!,
    shx: get('.shx'),
    dbf: get('.dbf'),
    prj: text(get('.prj')),
    cpg: text(get('.cpg')),
  };
}

/** Checks the .shp against its .shx: every indexed record lies inside the file. Returns the record count. */
function checkIndex(p: Parts): number {
  if (!p.shx) throw new InputError(p.name, readError('shx_missing'));
  if (p.shp.length < 100) throw new InputError(p.name, readError('shp_too_short', { bytes: p.shp.length }));
  const head = new DataView(p.shp.buffer, p.shp.byteOffset, p.shp.byteLength);
  if (head.getInt32(0, false) !== 9994) throw new InputError(p.name, readError('shp_bad_signature'));
  if (p.shx.length < 100 || (p.shx.length - 100) % 8 !== 0)
    throw new InputError(p.name, readError('shx_damaged'));
  const idx = new DataView(p.shx.buffer, p.shx.byteOffset, p.shx.byteLength);
  const count = (p.shx.length - 100) / 8;
  for (let i = 0; i < count; i++) {
    const offset = idx.getInt32(100 + i * 8, false) * 2;
    const length = idx.getInt32(104 + i * 8, false) * 2;
    if (offset + 8 + length > p.shp.length) {
      throw new InputError(
        p.name,
        readError('shp_truncated', {
          record: i + 1,
          count,
          end: offset + 8 + length,
          size: p.shp.length,
        }),
        i + 1,
      );
    }
  }
  return count;
}

function dbfCount(p: Parts): number {
  if (!p.dbf) throw new InputError(p.name, readError('dbf_missing'));
  if (p.dbf.length < 32) throw new InputError(p.name, readError('dbf_too_short'));
  return new DataView(p.dbf.buffer, p.dbf.byteOffset, p.dbf.byteLength).getUint32(4, true);
}

/** The text bytes of every record of the .dbf (after the header), to detect the encoding. */
function dbfTextBytes(dbf: Uint8Array): Uint8Array {
  const headerLength = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint16(8, true);
  return dbf.subarray(headerLength);
}

function chooseEncoding(
  p: Parts,
  requested: TextEncodingName | undefined,
  warnings: Notice[],
): TextEncodingName {
  if (requested) return requested;
  if (p.cpg !== undefined) {
    const e = encodingFromCpg(p.cpg);
    if (e) return e;
    warnings.push(notice('cpg_unknown', { cpg: p.cpg.trim() }));
  }
  const detected = detectEncoding(dbfTextBytes(p.dbf!), true);
  if (detected.warning) warnings.push(detected.warning);
  return detected.encoding;
}

class ShapeReader {
  private readonly shp: DataView;
  private readonly shx: DataView;

  constructor(private readonly p: Parts) {
    this.shp = new DataView(p.shp.buffer, p.shp.byteOffset, p.shp.byteLength);
    this.shx = new DataView(p.shx!.buffer, p.shx!.byteOffset, p.shx!.byteLength);
  }

  shape(index: number): Geometry | null {
    try {
      return readShape(this.shp, this.shx.getInt32(100 + index * 8, false) * 2);
    } catch (e) {
      throw new InputError(
        this.p.name,
        readError('shape_unreadable', { detail: (e as Error).message }),
        index + 1,
      );
    }
  }
}

/**
 * One record, decoded when read (and again each time: read each once). A 100k-road import then decodes a row
 * just before preparing it, on its own thread, instead of holding 100k decoded rows before the first is
 * written. The file's structure (.shx index, record counts) was checked when it was opened.
 */
class ShapefileRecord implements SourceRecord {
  constructor(
    private readonly index: number,
    private readonly dbf: DbfRecords,
    private readonly shapes: ShapeReader,
  ) {}

  get row(): number {
    return this.index + 1;
  }

  get geometry(): Geometry | null {
    return this.shapes.shape(this.index);
  }

  get attributes(): Record<string, FieldValue> {
    return this.dbf.values(this.index);
  }
}

export function readShapefile(
  file: string,
  options: { encoding?: TextEncodingName; layer?: string } = {},
): SourceData {
  const p = /\.zip$/iu.test(file) ? zipParts(file, options.layer) : looseParts(file);
  const indexed = checkIndex(p);
  const rows = dbfCount(p);
  if (rows !== indexed)
    throw new InputError(p.name, readError('dbf_shp_mismatch', { rows, shapes: indexed }));
  const warnings: Notice[] = [];
  const encoding = chooseEncoding(p, options.encoding, warnings);
  let crs: string | null = null;
  if (p.prj !== undefined) {
    const r = recogniseWkt(p.prj);
    if (r) {
      crs = r.crs.code;
      warnings.push(...r.warnings);
    } else warnings.push(notice('prj_unknown'));
  } else warnings.push(notice('prj_missing'));
  const table = readDbfHeader(p.dbf!, encoding);
  const dbf = new DbfRecords(p.dbf!, table, encoding);
  const shapes = new ShapeReader(p);
  const records: SourceRecord[] = [];
  let deleted = 0;
  for (let index = 0; index < table.count; index++) {
    // As GDAL does: a record marked deleted in the .dbf is not a feature.
    if (dbf.deleted(index)) deleted++;
    else records.push(new ShapefileRecord(index, dbf, shapes));
  }
  if (deleted) warnings.push(notice('deleted_records', { count: deleted }));
  return {
    file: p.name,
    layer: p.name.replace(/\.shp$/iu, ''),
    crs,
    fields: table.fields.map(({ name, type }) => ({ name, type })),
    records,
    encoding,
    warnings,
  };
}
