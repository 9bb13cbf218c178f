// .shp + .shx writer: Point and PolyLine (lines and multilines), null shapes for missing geometry.
import type { GeometryColumn } from '../../geopackage/geometry-column';
import {
  columnBox,
  GEOM_LINE,
  GEOM_MULTILINE,
  GEOM_NULL,
  GEOM_POINT,
} from '../../geopackage/geometry-column';
import { WKB_TYPE_CODES } from '../../geopackage/wkb';

/** Geometry type names by WKB code, for messages. */
const WKB_NAMES = Object.fromEntries(Object.entries(WKB_TYPE_CODES).map(([name, code]) => [code, name]));

export type ShapeType = 1 | 3;

export function shapeTypeFor(geometryType: 'POINT' | 'LINESTRING'): ShapeType {
  return geometryType === 'POINT' ? 1 : 3;
}

function partsOf(g: GeometryColumn, i: number): [number, number] {
  return [g.partStarts[i]!, g.partStarts[i + 1]!];
}

/** Bytes of feature i's record content (without the 8-byte record header); throws for a shape the type cannot hold. */
export function shapeSize(g: GeometryColumn, i: number, type: ShapeType, where: string): number {
  const kind = g.kinds[i]!;
  if (kind === GEOM_NULL) return 4;
  const name = kind >= 100 ? (WKB_NAMES[kind - 100] ?? 'geometry') : (WKB_NAMES[kind] ?? 'geometry');
  if (type === 1) {
    if (kind !== GEOM_POINT) throw new Error(`${where}: a ${name} cannot go into a point shapefile`);
    return 20;
  }
  if (kind !== GEOM_LINE && kind !== GEOM_MULTILINE)
    throw new Error(`${where}: a ${name} cannot go into a line shapefile`);
  const [p0, p1] = partsOf(g, i);
  const points = g.parts[p1]! - g.parts[p0]!;
  return 44 + 4 * (p1 - p0) + 16 * points;
}

/**
 * Writes feature i's record content at `view[at…]` (sized by shapeSize) straight from the column's arrays;
 * returns its box (null for a null shape).
 */
export function writeShape(
  g: GeometryColumn,
  i: number,
  type: ShapeType,
  view: DataView,
  at: number,
): [number, number, number, number] | null {
  const kind = g.kinds[i]!;
  if (kind === GEOM_NULL) {
    view.setInt32(at, 0, true);
    return null;
  }
  const [p0, p1] = partsOf(g, i);
  const first = g.parts[p0]!;
  const end = g.parts[p1]!;
  const c = g.coords;
  if (type === 1) {
    view.setInt32(at, 1, true);
    view.setFloat64(at + 4, c[2 * first]!, true);
    view.setFloat64(at + 12, c[2 * first + 1]!, true);
    return [c[2 * first]!, c[2 * first + 1]!, c[2 * first]!, c[2 * first + 1]!];
  }
  const box = columnBox(g, i)!;
  let o = at + 44 + 4 * (p1 - p0);
  for (let k = first; k < end; k++, o += 16) {
    view.setFloat64(o, c[2 * k]!, true);
    view.setFloat64(o + 8, c[2 * k + 1]!, true);
  }
  view.setInt32(at, 3, true);
  box.forEach((v, k) => view.setFloat64(at + 4 + 8 * k, v, true)); // Xmin, Ymin, Xmax, Ymax
  view.setInt32(at + 36, p1 - p0, true);
  view.setInt32(at + 40, end - first, true);
  for (let p = p0; p < p1; p++) view.setInt32(at + 44 + 4 * (p - p0), g.parts[p]! - first, true);
  return box;
}

export function shpHeader(
  type: ShapeType,
  fileBytes: number,
  box: [number, number, number, number] | null,
): Uint8Array {
  const b = new Uint8Array(100);
  const v = new DataView(b.buffer);
  v.setInt32(0, 9994, false);
  v.setInt32(24, fileBytes / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, type, true);
  const [xmin, ymin, xmax, ymax] = box ?? [0, 0, 0, 0];
  v.setFloat64(36, xmin, true);
  v.setFloat64(44, ymin, true);
  v.setFloat64(52, xmax, true);
  v.setFloat64(60, ymax, true);
  return b;
}
