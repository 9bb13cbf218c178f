// Split, merge, reverse and continue a road, with its chainage kept right (domain-vn §2.4). Geometry comes
// and goes as lon/lat; every length is measured in the working CRS, the way the service computes length_m.
//
// Chainage rules (start_chainage_m is the chainage at the road's FIRST vertex; a road without one starts at
// Km 0, as everywhere else):
// - split: the first part keeps its start; the second starts at start + the first part's length, so every
//   point keeps the chainage it had.
// - merge: the merged road starts at the smaller start chainage; a gap in the old chainages is reported.
// - reverse: the road keeps its chainage RANGE [s, s + L], now laid out the other way along the ground, so the
//   old last vertex becomes Km s. A point asset on it moves from chainage c to 2s + L − c and changes side
//   (left ↔ right). This is the fix for a road digitised against its chainage direction.
// - continue at the end: the start is unchanged. Continue at the start: the start moves back by the added
//   length (refused below Km 0; a road without a start chainage keeps none).
import type { Attributes } from '../assets/attributes';
import type { LayerName } from '../assets/layers';
import type { CodedText } from '../assets/coded-text';
import { normaliseRoadCode } from '../assets/road-code';
import type { LineString, Position } from '../geometry/geojson';
import { locatePointOnLine } from '../location/linear-referencing';
import { planarProjection } from '../location/measure';
import { planarLength } from '../location/route-measure';
import type { LineEditChange, LineEditResult, LineEditWarningCode, PlainFeature } from './line-edit-plan';
import { carriedAttributes, lineOf, refusal, roundCm, startChainage, warning } from './line-edit-plan';
import { cumulativeLengths, distance, interpolate } from './planar';

const line = (coordinates: Position[]): LineString => ({ type: 'LineString', coordinates });
/** Length in the working CRS to the centimetre, as the service stores length_m (refuses a geographic CRS). */
const lengthOf = (coordinates: Position[], crs: string) =>
  planarLength(coordinates.map(planarProjection(crs)));

export interface SplitOptions {
  workingCrs: string;
  /** Metres; each part must be at least this long (default 1 m). */
  minPartLength?: number;
  /** Metres; refuse a point farther than this from the road (default: any distance). */
  maxDistance?: number;
  /** Metres; a split point this close to a vertex splits at that vertex exactly (default 1 mm). */
  vertexTolerance?: number;
}

/** Splits a road at the position on it nearest to `point` (lon/lat). The original keeps its uid. */
export function splitRoad(road: PlainFeature, point: Position, options: SplitOptions): LineEditResult {
  const coords = lineOf(road);
  if (!coords) return refusal('not_a_line', { uid: road.uid });
  const project = planarProjection(options.workingCrs);
  const plane = coords.map(project);
  const hit = locatePointOnLine(plane, project(point));
  const offset = Math.abs(hit.offset);
  if (options.maxDistance !== undefined && offset > options.maxDistance) {
    return refusal('split_far_from_line', { distance: roundCm(offset), tolerance: options.maxDistance });
  }
  const cumulative = cumulativeLengths(plane);
  const total = cumulative[cumulative.length - 1]!;
  const minimum = Math.max(options.minPartLength ?? 1, 1e-6);
  if (hit.along < minimum || total - hit.along < minimum) {
    const atStart = hit.along < total - hit.along;
    return refusal('split_near_end', {
      end: atStart ? 'start' : 'end',
      distance: roundCm(atStart ? hit.along : total - hit.along),
      minimum,
    });
  }
  const vt = options.vertexTolerance ?? 0.001;
  const i = hit.segmentIndex;
  let first: Position[];
  let second: Position[];
  if (hit.along - cumulative[i]! <= vt || cumulative[i + 1]! - hit.along <= vt) {
    const k = hit.along - cumulative[i]! <= vt ? i : i + 1;
    first = coords.slice(0, k + 1);
    second = coords.slice(k);
  } else {
    const q = interpolate(coords[i]!, coords[i + 1]!, hit.fraction);
    first = [...coords.slice(0, i + 1), q];
    second = [q, ...coords.slice(i + 1)];
  }
  const firstLength = lengthOf(first, options.workingCrs);
  const secondLength = lengthOf(second, options.workingCrs);
  const changes: LineEditChange[] = [
    { op: 'update', layer: 'roads', uid: road.uid, geometry: line(first), patch: { length_m: firstLength } },
    {
      op: 'insert',
      layer: 'roads',
      geometry: line(second),
      properties: {
        ...carriedAttributes(road.properties),
        start_chainage_m: roundCm(startChainage(road.properties) + firstLength),
        length_m: secondLength,
      },
    },
  ];
  return { ok: true, plan: { edit: 'split', changes, at: second[0]!, warnings: [] } };
}

export interface MergeOptions {
  workingCrs: string;
  /** Metres between the nearest ends that still count as touching (default 0.5 m). */
  tolerance?: number;
}

const DEFAULT_MERGE_TOLERANCE = 0.5;

function routeOf(road: PlainFeature): string | null {
  const code = road.properties.road_code;
  if (typeof code !== 'string' || code.trim() === '') return null;
  return normaliseRoadCode(code)?.code ?? code.trim();
}

type Joint = 'end-start' | 'end-end' | 'start-end' | 'start-start';

/**
 * Merges `second` into `first` (same route, nearest ends within the tolerance). `first` keeps its uid,
 * attributes and direction; `second` is reversed when needed to join head to tail, and deleted. At the
 * joint, `first`'s vertex is kept.
 */
export function mergeRoads(first: PlainFeature, second: PlainFeature, options: MergeOptions): LineEditResult {
  const a = lineOf(first);
  if (!a) return refusal('not_a_line', { uid: first.uid });
  const b = lineOf(second);
  if (!b) return refusal('not_a_line', { uid: second.uid });
  if (first.uid === second.uid) return refusal('same_feature', { uid: first.uid });
  const routeA = routeOf(first);
  if (!routeA) return refusal('no_route_code', { uid: first.uid });
  const routeB = routeOf(second);
  if (!routeB) return refusal('no_route_code', { uid: second.uid });
  if (routeA !== routeB) return refusal('different_routes', { first: routeA, second: routeB });

  const project = planarProjection(options.workingCrs);
  const [a0, a1, b0, b1] = [a[0]!, a[a.length - 1]!, b[0]!, b[b.length - 1]!].map(project) as [
    Position,
    Position,
    Position,
    Position,
  ];
  // In this order, so a tie prefers the joint that reverses nothing.
  const joints: Array<[Joint, number]> = [
    ['end-start', distance(a1, b0)],
    ['start-end', distance(a0, b1)],
    ['end-end', distance(a1, b1)],
    ['start-start', distance(a0, b0)],
  ];
  const [joint, gap] = joints.reduce((best, j) => (j[1] < best[1] ? j : best));
  const tolerance = options.tolerance ?? DEFAULT_MERGE_TOLERANCE;
  if (gap > tolerance) return refusal('not_touching', { distance: roundCm(gap), tolerance });

  const reversed = joint === 'end-end' || joint === 'start-start';
  const bb = reversed ? [...b].reverse() : b;
  const secondFirst = joint === 'start-end' || joint === 'start-start';
  const merged = secondFirst ? [...bb.slice(0, -1), ...a] : [...a, ...bb.slice(1)];

  const warnings: CodedText<LineEditWarningCode>[] = [];
  if (reversed) warnings.push(warning('second_reversed', { uid: second.uid }));
  const hasA = typeof first.properties.start_chainage_m === 'number';
  const hasB = typeof second.properties.start_chainage_m === 'number';
  const patch: Attributes = { length_m: lengthOf(merged, options.workingCrs) };
  if (hasA || hasB) {
    const sa = startChainage(first.properties);
    const sb = startChainage(second.properties);
    patch.start_chainage_m = Math.min(sa, sb);
    if (hasA && hasB && !reversed) {
      const [up, upStart, down, downStart] = secondFirst ? [b, sb, first, sa] : [a, sa, second, sb];
      const expected = roundCm(upStart + lengthOf(up, options.workingCrs));
      if (Math.abs(expected - downStart) > 1) {
        warnings.push(warning('chainage_mismatch', { uid: down.uid, expected, actual: downStart }));
      }
    }
  }
  const at = secondFirst ? a[0]! : a[a.length - 1]!;
  const changes: LineEditChange[] = [
    { op: 'update', layer: 'roads', uid: first.uid, geometry: line(merged), patch },
    { op: 'delete', layer: 'roads', uid: second.uid },
  ];
  return { ok: true, plan: { edit: 'merge', changes, at: [at[0], at[1]], warnings } };
}

/** A bridge or culvert that may lie on the road being reversed. */
export interface AssetFeature extends PlainFeature {
  layer: LayerName;
}

const FLIPPED_SIDE: Record<string, string> = { trai: 'phai', phai: 'trai' };

/**
 * Reverses a road's direction. Its start chainage stays; the point assets of its route whose chainage lies
 * within the road's range get the reflected chainage and the other side (see the rules above).
 */
export function reverseRoad(
  road: PlainFeature,
  options: { workingCrs: string; assets?: readonly AssetFeature[] },
): LineEditResult {
  const coords = lineOf(road);
  if (!coords) return refusal('not_a_line', { uid: road.uid });
  const changes: LineEditChange[] = [
    { op: 'update', layer: 'roads', uid: road.uid, geometry: line([...coords].reverse()), patch: {} },
  ];
  const route = routeOf(road);
  if (route && options.assets?.length) {
    const s = startChainage(road.properties);
    const length = lengthOf(coords, options.workingCrs);
    for (const asset of options.assets) {
      const c = asset.properties.chainage_m;
      if (typeof c !== 'number' || asset.properties.route_code !== route) continue;
      if (c < s - 0.05 || c > s + length + 0.05) continue;
      const patch: Attributes = { chainage_m: Math.round((2 * s + length - c) * 10) / 10 };
      const side = asset.properties.side;
      if (typeof side === 'string' && FLIPPED_SIDE[side]) patch.side = FLIPPED_SIDE[side]!;
      changes.push({ op: 'update', layer: asset.layer, uid: asset.uid, patch });
    }
  }
  return { ok: true, plan: { edit: 'reverse', changes, at: null, warnings: [] } };
}

export interface ContinueOptions {
  workingCrs: string;
  /** Which end to draw on from (default the end). */
  at?: 'start' | 'end';
}

/**
 * Continues a road from one of its ends with `vertices` (lon/lat) in the order they were drawn, going away
 * from that end. A first vertex equal to the end itself (a snap onto it) is not added twice.
 */
export function continueRoad(
  road: PlainFeature,
  vertices: readonly Position[],
  options: ContinueOptions,
): LineEditResult {
  const coords = lineOf(road);
  if (!coords) return refusal('not_a_line', { uid: road.uid });
  const atStart = options.at === 'start';
  const end = atStart ? coords[0]! : coords[coords.length - 1]!;
  let from = 0;
  while (from < vertices.length && vertices[from]![0] === end[0] && vertices[from]![1] === end[1]) from++;
  const added = vertices.slice(from).map((p): Position => [p[0], p[1]]);
  if (added.length === 0) return refusal('no_new_vertices');
  const next = atStart ? [...added.reverse(), ...coords] : [...coords, ...added];
  const oldLength = lengthOf(coords, options.workingCrs);
  const newLength = lengthOf(next, options.workingCrs);
  const patch: Attributes = { length_m: newLength };
  const start = road.properties.start_chainage_m;
  if (atStart && typeof start === 'number') {
    const moved = roundCm(start - (newLength - oldLength));
    if (moved < 0) return refusal('before_route_origin', { start, added: roundCm(newLength - oldLength) });
    patch.start_chainage_m = moved;
  }
  const changes: LineEditChange[] = [
    { op: 'update', layer: 'roads', uid: road.uid, geometry: line(next), patch },
  ];
  return { ok: true, plan: { edit: 'continue', changes, at: [end[0], end[1]], warnings: [] } };
}
