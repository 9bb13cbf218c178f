// Why a survey file or one of its rows cannot land: a code, its values and where (file, row, field), plus the
// English sentence the CLI and API print. A row is either a whole survey interval or one of these.
import type { TextCatalog, TextParams } from '../assets/coded-text';
import { param } from '../assets/coded-text';
import { formatChainage } from '../location/chainage';

export type SurveyProblemCode =
  | 'missing_column'
  | 'no_location_columns'
  | 'field_count'
  | 'missing_value'
  | 'not_number'
  | 'not_chainage'
  | 'not_date'
  | 'not_in_list'
  | 'below_min'
  | 'above_max'
  | 'not_latitude'
  | 'not_longitude'
  | 'outside_vietnam'
  | 'unknown_route'
  | 'chainage_outside_route'
  | 'zero_length'
  | 'no_route_within'
  | 'ends_on_different_routes'
  | 'length_mismatch';

export interface SurveyProblem {
  file: string;
  /** Row in the file as a person counts it (the heading is row 1); absent for a problem of the whole file. */
  row?: number;
  /** The column heading as written in the file. */
  field?: string;
  code: SurveyProblemCode;
  params: TextParams;
  text: string;
}

const s = param;
const km = (p: TextParams, k: string) =>
  typeof p[k] === 'number' ? formatChainage(Math.max(0, p[k])) : s(p, k);

export const SURVEY_PROBLEM_TEXT_EN: TextCatalog<SurveyProblemCode> = {
  missing_column: (p) => `no column for ${s(p, 'what')} (looked for: ${s(p, 'expected')})`,
  no_location_columns: () =>
    'neither chainage columns (route, from, to) nor start/end coordinates are mapped',
  field_count: (p) =>
    `${s(p, 'count')} fields where the heading has ${s(p, 'expected')}: a cut or merged line?`,
  missing_value: () => 'empty',
  not_number: (p) => `"${s(p, 'value')}" is not a number`,
  not_chainage: (p) => `"${s(p, 'value')}" is not a chainage (Km 12+350, metres or km)`,
  not_date: (p) => `"${s(p, 'value')}" is not a date`,
  not_in_list: (p) => `"${s(p, 'value')}" is not one of: ${s(p, 'allowed')}`,
  below_min: (p) => `${s(p, 'value')} is below the minimum ${s(p, 'min')}`,
  above_max: (p) => `${s(p, 'value')} is above the maximum ${s(p, 'max')}`,
  not_latitude: (p) => `${s(p, 'value')} is not a latitude (−90…90)`,
  not_longitude: (p) => `${s(p, 'value')} is not a longitude (−180…180)`,
  outside_vietnam: (p) =>
    `position ${s(p, 'lon')}, ${s(p, 'lat')} (lon, lat) is outside Vietnam: latitude and longitude swapped?`,
  unknown_route: (p) => `no route ${s(p, 'route')} in the project`,
  chainage_outside_route: (p) =>
    `${km(p, 'value')} is outside route ${s(p, 'route')} (${km(p, 'start')} – ${km(p, 'end')})`,
  zero_length: () => 'the interval starts and ends at the same chainage',
  no_route_within: (p) => `no route within ${s(p, 'tolerance')} m of the interval's start and end`,
  ends_on_different_routes: (p) =>
    `the interval starts near ${s(p, 'start')} and ends near ${s(p, 'end')}: it matches no single route`,
  length_mismatch: (p) =>
    `the interval is ${s(p, 'length')} m long but spans ${s(p, 'span')} m of route ${s(p, 'route')}: matched to the wrong road?`,
};

export function surveyProblem(
  where: { file: string; row?: number; field?: string },
  code: SurveyProblemCode,
  params: TextParams = {},
): SurveyProblem {
  const place = `${where.file}${where.row !== undefined ? `, row ${where.row}` : ''}${where.field ? `, field ${where.field}` : ''}`;
  return { ...where, code, params, text: `${place}: ${SURVEY_PROBLEM_TEXT_EN[code](params)}` };
}
