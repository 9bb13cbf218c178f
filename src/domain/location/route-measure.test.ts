import { describe, expect, it } from 'vitest';
import type { LineString } from '../geometry/geojson';
import { projectedLength } from './route-measure';

describe('projectedLength', () => {
  // About 1.1 km of road near Kon Tum town, east–west then north.
  const road: LineString = {
    type: 'LineString',
    coordinates: [
      [108.0, 14.35],
      [108.008, 14.35],
      [108.008, 14.353],
    ],
  };

  // On the ellipsoid: 862.948 m along the parallel + 331.928 m along the meridian = 1194.876 m. The Kon Tum
  // zone (central meridian 107.5°, k0 0.9999) scales it by 0.999936 half a degree east of its meridian.
  it("measures in metres in the working zone, with the zone's scale", () => {
    expect(projectedLength(road, 'EPSG:9216')).toBeCloseTo(1194.8, 1);
  });

  it('measures in metres, not degrees, when a project has only a geographic CRS (a GeoPackage made elsewhere)', () => {
    const inZone = projectedLength(road, 'EPSG:9216')!;
    const geographic = projectedLength(road, 'EPSG:4326')!;
    expect(geographic).toBeCloseTo(1194.88, 1); // the ellipsoid distance, to 5 cm
    expect(geographic - inZone).toBeCloseTo(0.08, 1); // only the zone's scale apart
  });
});
