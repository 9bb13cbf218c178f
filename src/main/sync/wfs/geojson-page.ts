// GetFeature answers as GeoJSON. QGIS Server 3.22 writes them with 6 decimals (about 0.1 m) whatever the
// project's WFS precision, and always in WGS 84: fine for attributes and tombstones, not for positions that
// must survive a round trip to 1 mm (read GML for those, see gml-read.ts).
import type { Geometry } from '../../../domain/geometry/geojson';
import { WfsError } from './errors';
import type { FeaturePage, FeatureValue, WfsFeature } from './feature';

const malformed = (reason: string) => new WfsError('malformed_answer', { operation: 'GetFeature', reason });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positions(v: unknown, depth: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 0) return v.length >= 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
  return v.every((c) => positions(c, depth - 1));
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function geometry(v: unknown, where: string): Geometry | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v) || typeof v.type !== 'string') throw malformed(`geometry_${where}`);
  if (v.type === 'GeometryCollection') {
    if (!Array.isArray(v.geometries)) throw malformed(`geometry_${where}`);
    v.geometries.forEach((g) => geometry(g, where));
    return v as unknown as Geometry;
  }
  const depth = DEPTH[v.type];
  if (depth === undefined || !positions(v.coordinates, depth)) throw malformed(`geometry_${where}`);
  return v as unknown as Geometry;
}

export function decodeGeoJsonPage(body: string): FeaturePage {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    throw malformed('not_json');
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw malformed('not_feature_collection');
  }
  const features = doc.features.map((f, i): WfsFeature => {
    if (!isObject(f) || f.type !== 'Feature') throw malformed(`feature_${i}`);
    const fid = typeof f.id === 'string' ? f.id : typeof f.id === 'number' ? String(f.id) : undefined;
    if (!fid) throw malformed(`feature_${i}_id`);
    if (f.properties !== null && f.properties !== undefined && !isObject(f.properties)) {
      throw malformed(`feature_${i}_properties`);
    }
    return {
      fid,
      properties: (f.properties ?? {}) as Record<string, FeatureValue>,
      geometry: geometry(f.geometry, String(i)),
    };
  });
  const matched = doc.numberMatched ?? doc.totalFeatures;
  return { features, numberMatched: typeof matched === 'number' ? matched : undefined };
}
