// The geometry model shared by every layer: GeoJSON (RFC 7946) positions in lon/lat unless a CRS says otherwise.
/** The project keeps every geometry in WGS 84 lon/lat (design §6): its GeoPackage srs_id and EPSG code. */
export const WGS84_SRS_ID = 4326;

export type Position = [number, number];
export interface Point {
  type: 'Point';
  coordinates: Position;
}
export interface MultiPoint {
  type: 'MultiPoint';
  coordinates: Position[];
}
export interface LineString {
  type: 'LineString';
  coordinates: Position[];
}
export interface MultiLineString {
  type: 'MultiLineString';
  coordinates: Position[][];
}
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export interface GeometryCollection {
  type: 'GeometryCollection';
  geometries: Geometry[];
}
export type Geometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon | GeometryCollection;

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/** Calls `visit` for every position of a geometry, in order. */
export function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((ring) => ring.forEach(visit));
      return;
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
      return;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => forEachPosition(g, visit));
  }
}

/** Bounding box, or null for an empty geometry. */
export function geometryBBox(geometry: Geometry): BBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  forEachPosition(geometry, ([x, y]) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  return minX === Infinity ? null : [minX, minY, maxX, maxY];
}

export function mergeBBox(a: BBox | null, b: BBox | null): BBox | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const map = (g: Geometry): Geometry => {
    switch (g.type) {
      case 'Point':
        return { type: 'Point', coordinates: fn(g.coordinates) };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: g.coordinates.map(fn) };
      case 'LineString':
        return { type: 'LineString', coordinates: g.coordinates.map(fn) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(fn)) };
      case 'Polygon':
        return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fn)) };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
      case 'GeometryCollection':
        return { type: 'GeometryCollection', geometries: g.geometries.map(map) };
    }
  };
  return map(geometry) as G;
}
