// Why an inspection record (or a rating scheme a person configured) cannot be saved: a code, its values and
// the field it concerns, plus the English sentence the CLI and API print (the shape of import-problems.ts).
import type { TextCatalog, TextParams } from '../assets/coded-text';
import { param } from '../assets/coded-text';
import { formatChainage } from '../location/chainage';

export type InspectionProblemCode =
  | 'required'
  | 'unknown_field'
  | 'not_text'
  | 'not_number'
  | 'not_integer'
  | 'below_min'
  | 'above_max'
  | 'not_in_list'
  | 'not_date'
  | 'date_in_future'
  | 'too_long'
  | 'unknown_scheme'
  | 'grade_not_in_scheme'
  | 'elements_only_for_bridges'
  | 'unknown_element'
  | 'duplicate_element'
  | 'unknown_defect_type'
  | 'defect_not_for_target'
  | 'unit_not_allowed'
  | 'extent_not_positive'
  | 'extent_without_unit'
  | 'range_reversed'
  | 'chainage_outside_route'
  | 'scheme_no_grades'
  | 'scheme_duplicate_grade'
  | 'scheme_bad_rank'
  | 'scheme_duplicate_id'
  | 'scheme_many_defaults';

export interface InspectionProblem {
  /** Where: "date", "elements[2].grade", "defects[0].unit". */
  field: string;
  code: InspectionProblemCode;
  params: TextParams;
  text: string;
}

const s = param;
const km = (p: TextParams, k: string) =>
  typeof p[k] === 'number' ? formatChainage(Math.max(0, p[k])) : s(p, k);

export const INSPECTION_PROBLEM_TEXT_EN: TextCatalog<InspectionProblemCode> = {
  required: () => 'required',
  unknown_field: () => 'not a field of this table',
  not_text: (p) => `${s(p, 'value')} is not text`,
  not_number: (p) => `"${s(p, 'value')}" is not a number`,
  not_integer: (p) => `${s(p, 'value')} is not a whole number`,
  below_min: (p) => `${s(p, 'value')} is below the minimum ${s(p, 'min')}`,
  above_max: (p) => `${s(p, 'value')} is above the maximum ${s(p, 'max')}`,
  not_in_list: (p) => `"${s(p, 'value')}" is not one of: ${s(p, 'allowed')}`,
  not_date: (p) => `"${s(p, 'value')}" is not a date (YYYY-MM-DD)`,
  date_in_future: (p) => `${s(p, 'value')} is after today (${s(p, 'today')})`,
  too_long: (p) => `${s(p, 'length')} characters; at most ${s(p, 'max')}`,
  unknown_scheme: (p) => `no rating scheme "${s(p, 'scheme')}"`,
  grade_not_in_scheme: (p) =>
    `grade "${s(p, 'grade')}" is not in scheme ${s(p, 'scheme')} (${s(p, 'allowed')})`,
  elements_only_for_bridges: () => 'element ratings belong to bridge inspections',
  unknown_element: (p) => `"${s(p, 'element')}" is not a bridge element of the checklist`,
  duplicate_element: (p) => `element ${s(p, 'element')} is rated twice`,
  unknown_defect_type: (p) => `"${s(p, 'type')}" is not in the defect catalogue`,
  defect_not_for_target: (p) => `a ${s(p, 'type')} defect is not recorded on ${s(p, 'target')}`,
  unit_not_allowed: (p) => `${s(p, 'type')} is measured in ${s(p, 'allowed')}, not ${s(p, 'unit')}`,
  extent_not_positive: (p) => `extent ${s(p, 'value')} must be greater than 0`,
  extent_without_unit: () => 'an extent needs its unit',
  range_reversed: (p) => `the range ends (${km(p, 'to')}) before it starts (${km(p, 'from')})`,
  chainage_outside_route: (p) =>
    `${km(p, 'value')} is outside the route (${km(p, 'start')} – ${km(p, 'end')})`,
  scheme_no_grades: (p) => `scheme ${s(p, 'scheme')} has no grades`,
  scheme_duplicate_grade: (p) => `scheme ${s(p, 'scheme')} lists grade ${s(p, 'grade')} twice`,
  scheme_bad_rank: (p) => `grade ${s(p, 'grade')} needs a whole rank of 1 or more`,
  scheme_duplicate_id: (p) => `scheme id ${s(p, 'scheme')} is used twice`,
  scheme_many_defaults: () => 'more than one scheme is marked as default',
};

export function inspectionProblem(
  field: string,
  code: InspectionProblemCode,
  params: TextParams = {},
): InspectionProblem {
  return { field, code, params, text: `${field}: ${INSPECTION_PROBLEM_TEXT_EN[code](params)}` };
}
