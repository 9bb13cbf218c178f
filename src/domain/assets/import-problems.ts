// Why an imported row cannot land: a code and its values (so each UI can say it in its own language) plus the
// English sentence the CLI and API print (the shape of coded-text.ts; rows keep it as `reason`).
import type { TextCatalog, TextParams } from './coded-text';
import { param } from './coded-text';

export type ProblemCode =
  | 'no_geometry'
  | 'not_numbers'
  | 'outside_vietnam'
  | 'far_from_zone'
  | 'points_only'
  | 'lines_only'
  | 'degenerate_line'
  | 'degenerate_part'
  | 'not_in_list'
  | 'not_number'
  | 'not_integer'
  | 'below_min'
  | 'above_max'
  | 'not_date'
  | 'too_long'
  | 'road_code'
  | 'unknown_field'
  | 'computed_field';

export type ProblemParams = TextParams;

export interface ImportProblem {
  code: ProblemCode;
  params: ProblemParams;
  reason: string;
}

const s = param;

export const PROBLEM_TEXT_EN: TextCatalog<ProblemCode> = {
  no_geometry: () => 'no geometry',
  not_numbers: () => 'coordinates are not numbers',
  outside_vietnam: (p) =>
    `position ${s(p, 'lon')}, ${s(p, 'lat')} (lon, lat) is outside Vietnam: wrong CRS, or X and Y swapped?`,
  far_from_zone: (p) =>
    `position ${s(p, 'lon')}, ${s(p, 'lat')} (lon, lat) is ${s(p, 'degrees')}° from the project's central meridian ${s(p, 'meridian')}°: wrong CRS, or X and Y swapped?`,
  points_only: (p) => `${s(p, 'layer')} are points; this is a ${s(p, 'type')}`,
  lines_only: (p) => `roads are lines; this is a ${s(p, 'type')}`,
  degenerate_line: () => 'the line has fewer than two distinct vertices',
  degenerate_part: () => 'a part of the line has fewer than two distinct vertices',
  not_in_list: (p) => `"${s(p, 'value')}" is not one of: ${s(p, 'allowed')}`,
  not_number: (p) => `"${s(p, 'value')}" is not a number`,
  not_integer: (p) => `${s(p, 'value')} is not a whole number`,
  below_min: (p) => `${s(p, 'value')} is below the minimum ${s(p, 'min')}`,
  above_max: (p) => `${s(p, 'value')} is above the maximum ${s(p, 'max')}`,
  not_date: (p) => `"${s(p, 'value')}" is not a date`,
  too_long: (p) => `${s(p, 'length')} characters; ${s(p, 'field')} holds at most ${s(p, 'max')}`,
  road_code: (p) =>
    `"${s(p, 'value')}" is not a road number RoadGIS recognises (expected e.g. QL.14, ĐT.671, ĐH.87, CT.01)`,
  unknown_field: (p) => `${s(p, 'layer')} have no field "${s(p, 'field')}"`,
  computed_field: (p) => `${s(p, 'field')} is computed by RoadGIS and cannot be set`,
};

export function problem(code: ProblemCode, params: ProblemParams = {}): ImportProblem {
  return { code, params, reason: PROBLEM_TEXT_EN[code](params) };
}
