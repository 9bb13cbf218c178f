// Roads that cannot take part in the topology checks (no geometry, not a line, too few vertices, a length of
// zero) and roads without a road code.
import type { Position } from '../geometry/geojson';
import type { Finding } from './findings';
import { finding } from './findings';
import type { BuiltNetwork, RoadNetwork } from './road-network';

function firstPosition(coords: unknown): Position | null {
  if (!Array.isArray(coords)) return null;
  const p: unknown = coords[0];
  return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}

/** Findings for the roads the network left out. */
export function rejectedRoadFindings(rejected: BuiltNetwork['rejected']): Finding[] {
  return rejected.map(({ feature, reason, length }) => {
    const g = feature.geometry;
    const at =
      g?.type === 'LineString'
        ? firstPosition(g.coordinates)
        : g?.type === 'Point'
          ? firstPosition([g.coordinates])
          : null;
    if (reason === 'no_geometry') return finding('no_geometry', 'roads', [feature.uid], null);
    if (reason === 'zero_length') {
      return finding('zero_length_line', 'roads', [feature.uid], at, {
        length: Math.round((length ?? 0) * 1000) / 1000,
      });
    }
    return finding('degenerate_line', 'roads', [feature.uid], at, { reason });
  });
}

/** Roads whose road_code is missing or blank, marked at their middle vertex. */
export function roadsWithoutCode(net: RoadNetwork): Finding[] {
  const out: Finding[] = [];
  net.code.forEach((code, r) => {
    if (code !== null) return;
    const coords = net.source[r]!;
    const mid = coords[Math.floor(coords.length / 2)]!;
    out.push(finding('road_without_code', 'roads', [net.uid[r]!], [mid[0], mid[1]]));
  });
  return out;
}
