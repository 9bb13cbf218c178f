// Reads the shapes of a .shp straight from its bytes, one record at a time through the .shx offsets (which
// readShapefile has checked lie inside the file). Z and M values are dropped: RoadGIS stores 2D geometry.
import type { Geometry, Position } from '../../../domain/geometry/geojson';

const NULL = 0;
const POINT = [1, 11, 21];
const POLYLINE = [3, 13, 23];
const POLYGON = [5, 15, 25];
const MULTIPOINT = [8, 18, 28];

/** Whether a ring runs clockwise (negative shoelace area): the shapefile spec's outer rings do. */
function clockwise(ring: Position[]): boolean {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return a < 0;
}

function points(view: DataView, at: number, count: number): Position[] {
  const out: Position[] = new Array(count);
  for (let i = 0; i < count; i++, at += 16)
    out[i] = [view.getFloat64(at, true), view.getFloat64(at + 8, true)];
  return out;
}

function parts(view: DataView, at: number): Position[][] {
  const numParts = view.getInt32(at + 36, true);
  const numPoints = view.getInt32(at + 40, true);
  const all = points(view, at + 44 + numParts * 4, numPoints);
  const out: Position[][] = [];
  for (let p = 0; p < numParts; p++) {
    const start = view.getInt32(at + 44 + p * 4, true);
    const end = p + 1 < numParts ? view.getInt32(at + 48 + p * 4, true) : numPoints;
    if (start < 0 || end > numPoints || start > end) throw new Error(`part ${p + 1} has bad point offsets`);
    out.push(all.slice(start, end));
  }
  return out;
}

/** Outer rings are clockwise, holes counter-clockwise and follow their outer ring (shapefile spec). */
function polygon(rings: Position[][]): Geometry {
  const polygons: Position[][][] = [];
  for (const ring of rings) {
    if (clockwise(ring) || !polygons.length) polygons.push([ring]);
    else polygons.at(-1)!.push(ring);
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The shape at byte `offset` (a record header), or null for a null shape. Throws with a plain reason when the
 * record's own counts point past its declared length.
 */
export function readShape(view: DataView, offset: number): Geometry | null {
  const length = view.getInt32(offset + 4, false) * 2;
  const at = offset + 8;
  if (length < 4) throw new Error('the record is empty');
  const type = view.getInt32(at, true);
  if (type === NULL) return null;
  const need = (bytes: number) => {
    if (bytes > length) throw new Error(`the record needs ${bytes} bytes but declares ${length}`);
  };
  if (POINT.includes(type)) {
    need(20);
    const p: Position = [view.getFloat64(at + 4, true), view.getFloat64(at + 12, true)];
    return { type: 'Point', coordinates: p };
  }
  if (MULTIPOINT.includes(type)) {
    const n = view.getInt32(at + 36, true);
    need(40 + n * 16);
    return { type: 'MultiPoint', coordinates: points(view, at + 40, n) };
  }
  if (POLYLINE.includes(type) || POLYGON.includes(type)) {
    need(44);
    const numParts = view.getInt32(at + 36, true);
    const numPoints = view.getInt32(at + 40, true);
    if (numParts < 0 || numPoints < 0) throw new Error('negative part or point count');
    need(44 + numParts * 4 + numPoints * 16);
    const rings = parts(view, at);
    if (POLYGON.includes(type)) return polygon(rings);
    return rings.length === 1
      ? { type: 'LineString', coordinates: rings[0]! }
      : { type: 'MultiLineString', coordinates: rings };
  }
  throw new Error(`shape type ${type} is not supported`);
}
