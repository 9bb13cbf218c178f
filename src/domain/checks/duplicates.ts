// Features with the same geometry in one layer (a file imported twice, a road drawn twice): lines whose
// vertices all match within the tolerance, in the same or the opposite order, and points within it. Each
// group of duplicates is one finding listing every uid.
import Flatbush from 'flatbush';
import type { LayerName } from '../assets/layers';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import type { Finding } from './findings';
import { finding } from './findings';
import type { RoadNetwork } from './road-network';

/** A key for an unordered pair of road indexes, for the overlap check to leave duplicates out. */
export const pairKey = (a: number, b: number, count: number) => (a < b ? a * count + b : b * count + a);

function sameLine(net: RoadNetwork, a: number, b: number, tol2: number): boolean {
  const { xy, first } = net;
  const n = first[a + 1]! - first[a]!;
  if (first[b + 1]! - first[b]! !== n) return false;
  const same = (i: number, j: number) =>
    (xy[2 * i]! - xy[2 * j]!) ** 2 + (xy[2 * i + 1]! - xy[2 * j + 1]!) ** 2 <= tol2;
  let forward = true;
  for (let k = 0; k < n && forward; k++) forward = same(first[a]! + k, first[b]! + k);
  if (forward) return true;
  for (let k = 0; k < n; k++) if (!same(first[a]! + k, first[b + 1]! - 1 - k)) return false;
  return true;
}

/** Groups of duplicate roads, and the pairs among them. */
export function duplicateRoads(
  net: RoadNetwork,
  tolerance: number,
): { findings: Finding[]; pairs: Set<number> } {
  const count = net.uid.length;
  const findings: Finding[] = [];
  const pairs = new Set<number>();
  if (count < 2) return { findings, pairs };
  const boxes = new Flatbush(count);
  const { xy, first } = net;
  for (let r = 0; r < count; r++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let v = first[r]!; v < first[r + 1]!; v++) {
      minX = Math.min(minX, xy[2 * v]!);
      maxX = Math.max(maxX, xy[2 * v]!);
      minY = Math.min(minY, xy[2 * v + 1]!);
      maxY = Math.max(maxY, xy[2 * v + 1]!);
    }
    boxes.add(minX, minY, maxX, maxY);
  }
  boxes.finish();
  const grouped = new Uint8Array(count);
  const tol2 = tolerance * tolerance;
  for (let r = 0; r < count; r++) {
    if (grouped[r]) continue;
    const x0 = xy[2 * first[r]!]!;
    const y0 = xy[2 * first[r]! + 1]!;
    // A duplicate's box holds this road's first vertex (within the tolerance).
    const group = boxes
      .search(x0 - tolerance, y0 - tolerance, x0 + tolerance, y0 + tolerance)
      .filter((o) => o > r && !grouped[o] && sameLine(net, r, o, tol2))
      .sort((a, b) => a - b);
    if (group.length === 0) continue;
    const members = [r, ...group];
    for (const m of members) grouped[m] = 1;
    for (const a of members) for (const b of members) if (a < b) pairs.add(pairKey(a, b, count));
    const p = net.source[r]![0]!;
    findings.push(
      finding(
        'duplicate_feature',
        'roads',
        members.map((m) => net.uid[m]!),
        [p[0], p[1]],
        {
          count: members.length,
        },
      ),
    );
  }
  return { findings, pairs };
}

/** Groups of points of one layer within the tolerance of each other. */
export function duplicatePoints(
  points: readonly PlainFeature[],
  layer: LayerName,
  project: (p: Position) => Position,
  tolerance: number,
): Finding[] {
  const usable: Array<{ feature: PlainFeature; at: Position; xy: Position }> = [];
  for (const feature of points) {
    const g = feature.geometry;
    if (g?.type !== 'Point' || !Number.isFinite(g.coordinates[0]) || !Number.isFinite(g.coordinates[1]))
      continue;
    usable.push({ feature, at: g.coordinates, xy: project(g.coordinates) });
  }
  if (usable.length < 2) return [];
  const index = new Flatbush(usable.length);
  for (const u of usable) index.add(u.xy[0], u.xy[1], u.xy[0], u.xy[1]);
  index.finish();
  const grouped = new Uint8Array(usable.length);
  const out: Finding[] = [];
  usable.forEach((u, i) => {
    if (grouped[i]) return;
    const [x, y] = u.xy;
    const group = index
      .search(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
      .filter(
        (j) => j > i && !grouped[j] && Math.hypot(usable[j]!.xy[0] - x, usable[j]!.xy[1] - y) <= tolerance,
      )
      .sort((a, b) => a - b);
    if (group.length === 0) return;
    for (const j of group) grouped[j] = 1;
    const uids = [u.feature.uid, ...group.map((j) => usable[j]!.feature.uid)];
    out.push(finding('duplicate_feature', layer, uids, [u.at[0], u.at[1]], { count: uids.length }));
  });
  return out;
}
