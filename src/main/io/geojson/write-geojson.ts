// GeoJSON as RFC 7946 says: WGS 84 longitude/latitude only, no "crs" member.
import fs from 'node:fs';
import type { ExportData } from '../records';

export function writeGeoJson(out: string, data: ExportData): void {
  if (data.crs !== 'EPSG:4326') {
    throw new Error(
      `GeoJSON (RFC 7946) is always WGS 84 (EPSG:4326); ${data.crs} was asked for. Use GeoPackage or shapefile for VN-2000.`,
    );
  }
  const round = (n: number) => Math.round(n * 1e9) / 1e9;
  const fc = {
    type: 'FeatureCollection',
    name: data.layer,
    features: data.records.map((r) => ({
      type: 'Feature',
      properties: r.attributes,
      geometry: r.geometry
        ? JSON.parse(JSON.stringify(r.geometry), (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))
        : null,
    })),
  };
  fs.writeFileSync(out, JSON.stringify(fc));
}
