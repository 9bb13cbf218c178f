// What a data check reports: a code, a severity, the feature(s), a place to zoom to and the values that
// explain it (distance, length, …). The store and the API keep these codes and values; the renderer and the
// CLI say them in words (English here, Vietnamese in the renderer's catalogue).
import type { TextCatalog, TextParams } from '../assets/coded-text';
import { param } from '../assets/coded-text';
import type { LayerName } from '../assets/layers';
import type { Position } from '../geometry/geojson';

export type CheckCode =
  | 'no_geometry'
  | 'degenerate_line'
  | 'zero_length_line'
  | 'road_without_code'
  | 'dangling_end'
  | 'duplicate_feature'
  | 'overlapping_roads'
  | 'far_from_road';

export type Severity = 'error' | 'warning';

export const CHECK_SEVERITY: Record<CheckCode, Severity> = {
  no_geometry: 'error',
  degenerate_line: 'error',
  zero_length_line: 'error',
  duplicate_feature: 'error',
  road_without_code: 'warning',
  dangling_end: 'warning',
  overlapping_roads: 'warning',
  far_from_road: 'warning',
};

/** The order findings are listed in: broken geometry first, then topology, then attributes. */
export const CHECK_CODES: readonly CheckCode[] = [
  'no_geometry',
  'degenerate_line',
  'zero_length_line',
  'duplicate_feature',
  'overlapping_roads',
  'dangling_end',
  'far_from_road',
  'road_without_code',
];

export interface Finding {
  check: CheckCode;
  severity: Severity;
  layer: LayerName;
  /** The feature the finding is about first, then the others involved (the road it nearly touches, …). */
  uids: string[];
  /** Where to zoom, in the input's coordinates (lon/lat for `runChecks`); null when there is nowhere. */
  position: Position | null;
  params: TextParams;
}

export function finding(
  check: CheckCode,
  layer: LayerName,
  uids: string[],
  position: Position | null,
  params: TextParams = {},
): Finding {
  return { check, severity: CHECK_SEVERITY[check], layer, uids, position, params };
}

const s = param;
export const CHECK_TEXT_EN: TextCatalog<CheckCode> = {
  no_geometry: () => 'no geometry',
  degenerate_line: (p) => `not a usable line (${s(p, 'reason')})`,
  zero_length_line: (p) => `the line is ${s(p, 'length')} m long`,
  road_without_code: () => 'the road has no road code',
  dangling_end: (p) =>
    `the road's ${s(p, 'end')} ends ${s(p, 'distance')} m from another road without joining it`,
  duplicate_feature: (p) => `${s(p, 'count')} features with the same geometry`,
  overlapping_roads: (p) => `the two roads run over each other for ${s(p, 'length')} m`,
  far_from_road: (p) =>
    p.distance === undefined
      ? `no road within ${s(p, 'tolerance')} m`
      : `the nearest road (${s(p, 'routeCode') || 'no code'}) is ${s(p, 'distance')} m away, more than ${s(p, 'tolerance')} m`,
};
