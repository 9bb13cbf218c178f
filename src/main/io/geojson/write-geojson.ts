// GeoJSON as RFC 7946 says: WGS 84 longitude/latitude only, no "crs" member. Written a page at a time to a
// temporary file that is renamed at the end, so a failed export leaves nothing behind.
import type { Geometry, Position } from '../../../domain/geometry/geojson';
import { mapPositions } from '../../../domain/geometry/geojson';
import { writeFileAtomically } from '../chunked-file';
import type { RecordStream } from '../records';

/** Nanodegrees (~0.1 mm): more digits only describe floating-point noise. */
const round = (p: Position): Position => [Math.round(p[0] * 1e9) / 1e9, Math.round(p[1] * 1e9) / 1e9];

const encoder = new TextEncoder();

/** Writes the layer's listed fields (and only those) for every record; returns how many were written. */
export function writeGeoJson(out: string, data: RecordStream): Promise<number> {
  if (data.crs !== 'EPSG:4326') {
    throw new Error(
      `GeoJSON (RFC 7946) is always WGS 84 (EPSG:4326); ${data.crs} was asked for. Use GeoPackage or shapefile for VN-2000.`,
    );
  }
  return writeFileAtomically(out, async (file) => {
    const text = (t: string) => file.write(encoder.encode(t));
    let count = 0;
    text(`{"type":"FeatureCollection","name":${JSON.stringify(data.layer)},"features":[`);
    for await (const page of data.pages()) {
      const parts: string[] = [];
      for (const r of page) {
        const properties: Record<string, unknown> = {};
        for (const f of data.fields) properties[f.name] = r.attributes[f.name] ?? null;
        const geometry: Geometry | null = r.geometry ? mapPositions(r.geometry, round) : null;
        parts.push(JSON.stringify({ type: 'Feature', properties, geometry }));
        count++;
      }
      if (parts.length) text(`${count > parts.length ? ',' : ''}${parts.join(',')}`);
    }
    text(']}');
    return count;
  });
}
