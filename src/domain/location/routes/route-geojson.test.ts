// A route from WGS 84 features near Kon Tum, measured in the legacy Kon Tum zone (EPSG:9216).
import { describe, expect, it } from 'vitest';
import type { Position } from '../../geometry/geojson';
import { lineLength } from '../linear-referencing';
import { measuringProjection } from '../transform';
import { locatePoint, pointAtChainage } from './locate';
import { buildGeoRoute } from './route-geojson';

const CRS = 'EPSG:9216';
const road: Position[] = [
  [108.0005, 14.3545],
  [108.01, 14.36],
  [108.02, 14.362],
];

describe('routes from WGS 84 features', () => {
  const geo = buildGeoRoute({
    code: 'QL.14',
    roads: [
      // Digitised in two parts, the second drawn backwards.
      { id: 'a', geometry: { type: 'LineString', coordinates: road.slice(0, 2) } },
      { id: 'b', geometry: { type: 'LineString', coordinates: road.slice(1).reverse() } },
    ],
    origin: road[0]!,
    startChainage: 1350,
    workingCrs: CRS,
  });
  if (!geo.built.ok) throw new Error('route');
  const route = geo.built.route;

  it('measures the joined parts as the projected length of the whole road', () => {
    const whole = lineLength(road.map(measuringProjection(CRS)));
    expect(route.end - route.start).toBeCloseTo(whole, 6);
    expect(route.start).toBe(1350);
  });

  it('locates the joint at the first part’s projected length past the start chainage', () => {
    const first = lineLength(road.slice(0, 2).map(measuringProjection(CRS)));
    const loc = locatePoint(route, geo.toPlane(road[1]!));
    expect(loc.ok && loc.value.chainage).toBeCloseTo(1350 + first, 1);
  });

  it('gives back WGS 84 positions through the inverse projection', () => {
    const at = pointAtChainage(route, 1350);
    expect(at.ok).toBe(true);
    if (at.ok) {
      const [lon, lat] = geo.toWgs84(at.value);
      expect(lon).toBeCloseTo(road[0]![0], 9);
      expect(lat).toBeCloseTo(road[0]![1], 9);
    }
  });
});
