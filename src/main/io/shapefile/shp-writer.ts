// .shp + .shx writer: Point and PolyLine (lines and multilines), null shapes for missing geometry.
import type { Geometry, Position } from '../../../domain/geometry/geojson';
import { geometryBBox } from '../../../domain/geometry/geojson';

export type ShapeType = 1 | 3;

export function shapeTypeFor(geometryType: 'POINT' | 'LINESTRING'): ShapeType {
  return geometryType === 'POINT' ? 1 : 3;
}

/** Content of one record (without the 8-byte record header). */
export function encodeShape(geometry: Geometry | null, type: ShapeType, where: string): Uint8Array {
  if (!geometry) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, 0, true);
    return b;
  }
  if (type === 1) {
    if (geometry.type !== 'Point')
      throw new Error(`${where}: a ${geometry.type} cannot go into a point shapefile`);
    const b = new Uint8Array(20);
    const v = new DataView(b.buffer);
    v.setInt32(0, 1, true);
    v.setFloat64(4, geometry.coordinates[0], true);
    v.setFloat64(12, geometry.coordinates[1], true);
    return b;
  }
  let parts: Position[][];
  if (geometry.type === 'LineString') parts = [geometry.coordinates];
  else if (geometry.type === 'MultiLineString') parts = geometry.coordinates;
  else throw new Error(`${where}: a ${geometry.type} cannot go into a line shapefile`);
  const numPoints = parts.reduce((n, p) => n + p.length, 0);
  const b = new Uint8Array(44 + 4 * parts.length + 16 * numPoints);
  const v = new DataView(b.buffer);
  const box = geometryBBox(geometry)!;
  v.setInt32(0, 3, true);
  box.forEach((c, i) => v.setFloat64(4 + i * 8, c, true));
  v.setInt32(36, parts.length, true);
  v.setInt32(40, numPoints, true);
  let offset = 44;
  let start = 0;
  for (const p of parts) {
    v.setInt32(offset, start, true);
    offset += 4;
    start += p.length;
  }
  for (const p of parts) {
    for (const [x, y] of p) {
      v.setFloat64(offset, x, true);
      v.setFloat64(offset + 8, y, true);
      offset += 16;
    }
  }
  return b;
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
