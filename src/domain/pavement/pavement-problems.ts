// Why a condition segment or a threshold rule is not usable, or a segment got no class: codes and values for
// each UI's language plus the English sentence the CLI and API print (coded-text.ts shape).
import type { CodedText, TextCatalog, TextParams } from '../assets/coded-text';
import { codedText, param } from '../assets/coded-text';

export type PavementProblemCode =
  'bounds_count' | 'bounds_not_increasing' | 'range_empty' | 'no_rule' | 'no_measurement';

export type PavementProblem = CodedText<PavementProblemCode>;

const s = param;

export const PAVEMENT_PROBLEM_TEXT_EN: TextCatalog<PavementProblemCode> = {
  bounds_count: (p) =>
    `rule ${s(p, 'rule')} needs ${s(p, 'expected')} bounds for ${s(p, 'classes')} classes, has ${s(p, 'count')}`,
  bounds_not_increasing: (p) => `rule ${s(p, 'rule')}: each bound must be above the one before`,
  range_empty: (p) => `the segment ends (${s(p, 'to')} m) at or before its start (${s(p, 'from')} m)`,
  no_rule: (p) => `no threshold rule for surface ${s(p, 'surface')} and grade ${s(p, 'grade')}`,
  no_measurement: (p) => `none of the measured values (${s(p, 'metrics')}) has a threshold rule`,
};

export function pavementProblem(code: PavementProblemCode, params: TextParams = {}): PavementProblem {
  return codedText(PAVEMENT_PROBLEM_TEXT_EN, code, params);
}
