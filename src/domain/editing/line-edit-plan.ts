// What a road edit (split, merge, reverse, continue) hands to the service: the features to insert, update and
// delete, as data, so the service writes them as ONE change-log transaction (one undo step). A refused edit
// is a code and its values, like every other message the store keeps.
import type { Attributes } from '../assets/attributes';
import type { CodedText, TextCatalog } from '../assets/coded-text';
import { param } from '../assets/coded-text';
import type { LayerName } from '../assets/layers';
import { SYSTEM_FIELDS } from '../assets/layers';
import type { Geometry, Position } from '../geometry/geojson';

/** A stored feature as services and checks pass it around: its uid, lon/lat geometry and attributes. */
export interface PlainFeature {
  uid: string;
  geometry: Geometry | null;
  properties: Attributes;
}

export type LineEditChange =
  /** `patch` holds only the attributes that change; a missing geometry stays as it is. */
  | { op: 'update'; layer: LayerName; uid: string; geometry?: Geometry; patch: Attributes }
  /** The service gives the new feature its uid and system fields. */
  | { op: 'insert'; layer: LayerName; geometry: Geometry; properties: Attributes }
  | { op: 'delete'; layer: LayerName; uid: string };

export type LineEditKind = 'split' | 'merge' | 'reverse' | 'continue';

export type LineEditRefusalCode =
  | 'not_a_line'
  | 'split_far_from_line'
  | 'split_near_end'
  | 'same_feature'
  | 'no_route_code'
  | 'different_routes'
  | 'not_touching'
  | 'no_new_vertices'
  | 'before_route_origin';

export type LineEditWarningCode = 'second_reversed' | 'chainage_mismatch';

export interface LineEditPlan {
  edit: LineEditKind;
  changes: LineEditChange[];
  /** Where it happened (split point, joint), lon/lat, for the map to mark. */
  at: Position | null;
  warnings: CodedText<LineEditWarningCode>[];
}

export type LineEditResult =
  { ok: true; plan: LineEditPlan } | { ok: false; refusal: CodedText<LineEditRefusalCode> };

const s = param;

export const LINE_EDIT_TEXT_EN: TextCatalog<LineEditRefusalCode | LineEditWarningCode> = {
  not_a_line: (p) => `feature ${s(p, 'uid')} is not a line with at least two vertices`,
  split_far_from_line: (p) =>
    `the split point is ${s(p, 'distance')} m from the road, more than the ${s(p, 'tolerance')} m tolerance`,
  split_near_end: (p) =>
    `the split point is ${s(p, 'distance')} m from the road's ${s(p, 'end')}; each part must be at least ${s(p, 'minimum')} m long`,
  same_feature: (p) => `a road cannot be merged with itself (${s(p, 'uid')})`,
  no_route_code: (p) => `road ${s(p, 'uid')} has no road code, so it cannot be told to be the same route`,
  different_routes: (p) => `${s(p, 'first')} and ${s(p, 'second')} are different routes`,
  not_touching: (p) =>
    `the nearest ends are ${s(p, 'distance')} m apart, more than the ${s(p, 'tolerance')} m tolerance`,
  no_new_vertices: () => 'no new vertex to add beyond the end of the road',
  before_route_origin: (p) =>
    `adding ${s(p, 'added')} m before a start chainage of ${s(p, 'start')} m would put the start before Km 0`,
  second_reversed: (p) => `road ${s(p, 'uid')} was reversed to join head to tail`,
  chainage_mismatch: (p) =>
    `road ${s(p, 'uid')} started at ${s(p, 'actual')} m; continuing the first part it now starts at ${s(p, 'expected')} m`,
};

export function refusal(code: LineEditRefusalCode, params: CodedText<string>['params'] = {}): LineEditResult {
  return { ok: false, refusal: { code, params, text: LINE_EDIT_TEXT_EN[code](params) } };
}

export function warning(
  code: LineEditWarningCode,
  params: CodedText<string>['params'],
): CodedText<LineEditWarningCode> {
  return { code, params, text: LINE_EDIT_TEXT_EN[code](params) };
}

const SYSTEM = new Set(['uid', ...SYSTEM_FIELDS.map((f) => f.name)]);

/** The attributes a new part inherits: everything but uid and the system fields the service sets. */
export function carriedAttributes(properties: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(properties)) if (!SYSTEM.has(k)) out[k] = v;
  return out;
}

/** Line coordinates of a usable road (≥ 2 vertices), else null. */
export function lineOf(feature: PlainFeature): Position[] | null {
  const g = feature.geometry;
  return g?.type === 'LineString' && g.coordinates.length >= 2 ? g.coordinates : null;
}

/** A start chainage as a number; a road without one starts at Km 0 (as chainage is measured everywhere). */
export function startChainage(properties: Attributes): number {
  const v = properties.start_chainage_m;
  return typeof v === 'number' ? v : 0;
}

export const roundCm = (metres: number) => Math.round(metres * 100) / 100;
