// Points and lines of many features in flat typed arrays: what a streaming writer takes and what can be
// reprojected in place or moved to another thread without copying. Filled from GeoPackage blobs without making
// a GeoJSON object per feature (the usual little-endian 2D points and lines), or from GeoJSON.
import type { Geometry, Position } from '../../domain/geometry/geojson';
import { readGpbHeader } from './geometry-blob';
import { decodeWkb, WKB_TYPE_CODES, WkbWriter } from './wkb';

export const GEOM_NULL = 0;
export const GEOM_POINT = 1;
export const GEOM_LINE = 2;
export const GEOM_MULTILINE = 5;

export interface GeometryColumn {
  count: number;
  /** Per feature: GEOM_* or, for a type a column cannot hold, 100 + the WKB type code (no coordinates). */
  kinds: Uint8Array;
  /** Per feature, index of its first part in `parts`; partStarts[count] closes the last one. */
  partStarts: Int32Array;
  /** Per part, index of its first point; parts[partStarts[count]] closes the last one. */
  parts: Int32Array;
  /** x, y of every point. */
  coords: Float64Array;
}

class Growable<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  take(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class GeometryColumnBuilder {
  private kinds: number[] = [];
  private partStarts = new Growable(new Int32Array(1024));
  private parts = new Growable(new Int32Array(1024));
  private coords = new Growable(new Float64Array(1 << 14));

  get count(): number {
    return this.kinds.length;
  }

  addGeometry(g: Geometry | null): void {
    this.partStarts.push(this.parts.length);
    if (!g) return void this.kinds.push(GEOM_NULL);
    const line = (ps: readonly Position[]) => {
      this.parts.push(this.coords.length / 2);
      for (const p of ps) {
        this.coords.push(p[0]);
        this.coords.push(p[1]);
      }
    };
    if (g.type === 'Point') line([g.coordinates]);
    else if (g.type === 'LineString') line(g.coordinates);
    else if (g.type === 'MultiLineString') g.coordinates.forEach(line);
    else return void this.kinds.push(100 + WKB_TYPE_CODES[g.type]);
    this.kinds.push(WKB_TYPE_CODES[g.type]);
  }

  /** A GeoPackage blob (or null); little-endian 2D points and lines are read straight into the arrays. */
  addGpb(blob: Uint8Array | null): void {
    if (!blob) return this.addGeometry(null);
    const h = readGpbHeader(blob);
    const at = h.wkbOffset;
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const code = blob.length >= at + 5 && blob[at] === 1 ? view.getUint32(at + 1, true) : 0;
    if (h.empty || (code !== 1 && code !== 2 && code !== 5))
      return this.addGeometry(h.empty ? null : decodeWkb(blob, at));
    const partsMark = this.parts.length;
    const coordsMark = this.coords.length;
    let pos = at + 5;
    const need = (n: number) => {
      if (pos + n > blob.length) throw new Error(`geometry blob truncated at byte ${pos}`);
    };
    const points = (n: number) => {
      need(16 * n);
      this.parts.push(this.coords.length / 2);
      for (let k = 0; k < n; k++, pos += 16) {
        this.coords.push(view.getFloat64(pos, true));
        this.coords.push(view.getFloat64(pos + 8, true));
      }
    };
    const u32 = () => {
      need(4);
      pos += 4;
      return view.getUint32(pos - 4, true);
    };
    this.partStarts.push(partsMark);
    if (code === 1) points(1);
    else if (code === 2) points(u32());
    else {
      const n = u32();
      for (let k = 0; k < n; k++) {
        need(5);
        if (blob[pos] !== 1 || view.getUint32(pos + 1, true) !== 2) {
          // A part in another byte order or dimension: undo this feature and take the general decoder.
          this.partStarts.length--;
          this.parts.length = partsMark;
          this.coords.length = coordsMark;
          return this.addGeometry(decodeWkb(blob, at));
        }
        pos += 5;
        points(u32());
      }
    }
    this.kinds.push(code);
  }

  take(): GeometryColumn {
    this.partStarts.push(this.parts.length);
    this.parts.push(this.coords.length / 2);
    const column: GeometryColumn = {
      count: this.kinds.length,
      kinds: Uint8Array.from(this.kinds),
      partStarts: this.partStarts.take(),
      parts: this.parts.take(),
      coords: this.coords.take(),
    };
    this.kinds = [];
    this.partStarts.length = 0;
    this.parts.length = 0;
    this.coords.length = 0;
    return column;
  }
}

/** The transferable buffers of a column, for postMessage. */
export function columnTransferables(c: GeometryColumn): ArrayBuffer[] {
  return [c.kinds, c.partStarts, c.parts, c.coords].map((a) => a.buffer as ArrayBuffer);
}

const gpbScratch = new WkbWriter();

/**
 * Feature i as a GeoPackage blob (little-endian, envelope for lines), written from the arrays without a
 * GeoJSON object; null for a null geometry. Valid until the next call: bind it at once (SQLite copies it).
 */
export function columnGpbTransient(c: GeometryColumn, i: number, srsId: number): Uint8Array | null {
  const kind = c.kinds[i]!;
  if (kind === GEOM_NULL) return null;
  if (kind >= 100) throw new Error(`feature ${i + 1}: geometry type ${kind - 100} has no coordinates here`);
  const p0 = c.partStarts[i]!;
  const p1 = c.partStarts[i + 1]!;
  const first = c.parts[p0]!;
  const end = c.parts[p1]!;
  const points = end - first;
  const envelope = kind !== GEOM_POINT;
  const wkb =
    kind === GEOM_POINT ? 21 : kind === GEOM_LINE ? 9 + 16 * points : 9 + (p1 - p0) * 9 + 16 * points;
  const w = gpbScratch.reset(8 + (envelope ? 32 : 0) + wkb);
  w.u8(0x47); // G
  w.u8(0x50); // P
  w.u8(0); // version 1
  w.u8((envelope ? 1 << 1 : 0) | 1); // envelope xy, little endian
  w.i32(srsId);
  const xy = c.coords;
  const box = envelope ? columnBox(c, i)! : null;
  if (box) {
    w.f64(box[0]);
    w.f64(box[2]);
    w.f64(box[1]);
    w.f64(box[3]);
  }
  const line = (from: number, to: number) => {
    w.u32(to - from);
    for (let k = from; k < to; k++) {
      w.f64(xy[2 * k]!);
      w.f64(xy[2 * k + 1]!);
    }
  };
  w.u8(1);
  w.u32(kind);
  if (kind === GEOM_POINT) {
    w.f64(xy[2 * first]!);
    w.f64(xy[2 * first + 1]!);
  } else if (kind === GEOM_LINE) line(first, end);
  else {
    w.u32(p1 - p0);
    for (let p = p0; p < p1; p++) {
      w.u8(1);
      w.u32(GEOM_LINE);
      line(c.parts[p]!, c.parts[p + 1]!);
    }
  }
  return w.written();
}

/** Feature i's box (minX, minY, maxX, maxY), or null for a null geometry. */
export function columnBox(c: GeometryColumn, i: number): [number, number, number, number] | null {
  if (c.kinds[i] === GEOM_NULL || c.kinds[i]! >= 100) return null;
  const first = c.parts[c.partStarts[i]!]!;
  const end = c.parts[c.partStarts[i + 1]!]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = first; k < end; k++) {
    const x = c.coords[2 * k]!;
    const y = c.coords[2 * k + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
