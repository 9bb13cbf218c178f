// Synthetic field data for the survey and straight-line-diagram benchmarks: winding routes near Kon Tum in
// WGS 84 (a vertex every ~20 m), km posts every kilometre, and RoadLab-style intervals driven along them.
import type { Position } from '../src/domain/geometry/geojson';
import { buildGeoRoute } from '../src/domain/location/routes/route-geojson';
import type { GeoRoute } from '../src/domain/location/routes/route-geojson';
import { measuringConverter } from '../src/domain/location/transform';

export const CRS = 'EPSG:9216';

/** A deterministic pseudo-random sequence in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A winding line `km` long starting at (lon, lat), heading roughly `bearing` radians from east. */
export function windingRoad(km: number, start: Position, bearing: number, seed: number): Position[] {
  const { forward, inverse } = measuringConverter(CRS);
  const rnd = random(seed);
  let [x, y] = forward(start);
  let heading = bearing;
  const out: Position[] = [start];
  for (let walked = 0; walked < km * 1000; walked += 20) {
    heading += (rnd() - 0.5) * 0.12 + (bearing - heading) * 0.02;
    x += 20 * Math.cos(heading);
    y += 20 * Math.sin(heading);
    out.push(inverse([x, y]));
  }
  return out;
}

export interface FixtureRoute {
  code: string;
  line: Position[];
  geo: GeoRoute;
}

/** Routes with a km post every kilometre (placed on the line, 3 m to the side). */
export function fixtureRoutes(count: number, km: number): FixtureRoute[] {
  const { inverse } = measuringConverter(CRS);
  return Array.from({ length: count }, (_, r) => {
    const code = `QL.${14 + r}`;
    const line = windingRoad(km, [107.6 + r * 0.15, 14.0 + r * 0.12], 0.3 + r * 0.25, 100 + r);
    const plain = buildGeoRoute({
      code,
      roads: [{ id: code, geometry: { type: 'LineString', coordinates: line } }],
      workingCrs: CRS,
    });
    if (!plain.built.ok) throw new Error(code);
    const route = plain.built.route;
    const posts = [];
    for (let k = 0; k * 1000 <= route.line.length; k++)
      posts.push({
        id: `${code}-km${k}`,
        km: k,
        geometry: { type: 'Point' as const, coordinates: inverse(route.line.pointBeside(k * 1000, 3)) },
      });
    const geo = buildGeoRoute({
      code,
      roads: [{ id: code, geometry: { type: 'LineString', coordinates: line } }],
      posts,
      origin: line[0]!,
      workingCrs: CRS,
    });
    return { code, line, geo };
  });
}
