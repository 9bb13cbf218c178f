// GeoJSON: RFC 7946 is WGS 84; the legacy "crs" member naming an EPSG code is honoured (QGIS still writes it).
import type { Notice } from '../../../domain/assets/interchange-notices';
import { notice } from '../../../domain/assets/interchange-notices';
import fs from 'node:fs';
import path from 'node:path';
import { findCrs } from '../../../domain/location/crs';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { FieldValue, SourceData, SourceField } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';

interface GeoJsonFeature {
  type?: string;
  geometry?: Geometry | null;
  properties?: Record<string, unknown> | null;
}

export function readGeoJson(file: string): SourceData {
  const name = path.basename(file);
  let doc: {
    type?: string;
    features?: GeoJsonFeature[];
    crs?: { properties?: { name?: string } };
  } & GeoJsonFeature;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''));
  } catch (e) {
    throw new InputError(name, readError('json_invalid', { detail: (e as Error).message }));
  }
  const features =
    doc.type === 'FeatureCollection' ? doc.features : doc.type === 'Feature' ? [doc] : undefined;
  if (!Array.isArray(features)) throw new InputError(name, readError('not_geojson'));
  const warnings: Notice[] = [];
  let crs: string | null = 'EPSG:4326';
  const crsName = doc.crs?.properties?.name;
  if (crsName && !/CRS84|4326/u.test(crsName)) {
    const m = /EPSG:{1,2}(\d+)/u.exec(crsName);
    crs = m ? (findCrs(m[1]!)?.code ?? null) : null;
    if (!crs) warnings.push(notice('crs_name_unknown', { name: crsName }));
  }
  const fieldTypes = new Map<string, SourceField['type']>();
  const records = features.map((f, i) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      throw new InputError(name, readError('not_feature'), i + 1);
    const attributes: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      const val: FieldValue =
        typeof v === 'string'
          ? v.normalize('NFC')
          : typeof v === 'number'
            ? v
            : v === null || v === undefined
              ? null
              : JSON.stringify(v);
      attributes[k] = val;
      if (!fieldTypes.has(k) || fieldTypes.get(k) === 'integer') {
        fieldTypes.set(k, typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'real') : 'text');
      }
    }
    return { row: i + 1, geometry: f.geometry ?? null, attributes };
  });
  return {
    file: name,
    layer: path.basename(file, path.extname(file)),
    crs,
    fields: [...fieldTypes].map(([n, t]) => ({ name: n, type: t })),
    records,
    warnings,
  };
}
