// Checks a row's values against its table's field definitions: known names, types, vocabularies, ranges and
// lengths. Rules between fields are the caller's (validate-inspection.ts).
import type { Attributes } from '../assets/attributes';
import type { FieldDef, TableDef } from '../assets/layers';
import type { InspectionProblem } from './inspection-problems';
import { inspectionProblem } from './inspection-problems';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]!;
}

export function checkFields(
  table: TableDef,
  row: Attributes,
  prefix: string,
  required: readonly string[] = [],
): InspectionProblem[] {
  const problems: InspectionProblem[] = [];
  const defs = new Map(table.fields.map((f) => [f.name, f]));
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  for (const name of Object.keys(row))
    if (!defs.has(name)) problems.push(inspectionProblem(at(name), 'unknown_field'));
  for (const name of required) {
    const v = row[name];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))
      problems.push(inspectionProblem(at(name), 'required'));
  }
  for (const def of table.fields) {
    const v = row[def.name];
    if (v === null || v === undefined || v === '') continue;
    const p = checkValue(def, v);
    if (p) problems.push(inspectionProblem(at(def.name), p.code, p.params));
  }
  return problems;
}

function checkValue(def: FieldDef, v: string | number): Pick<InspectionProblem, 'code' | 'params'> | null {
  switch (def.kind) {
    case 'text':
      if (typeof v !== 'string') return { code: 'not_text', params: { value: v } };
      return def.maxLength !== undefined && v.length > def.maxLength
        ? { code: 'too_long', params: { length: v.length, max: def.maxLength } }
        : null;
    case 'coded':
      return def.values?.some((c) => c.code === v)
        ? null
        : {
            code: 'not_in_list',
            params: { value: String(v), allowed: (def.values ?? []).map((c) => c.code).join(', ') },
          };
    case 'date':
      return typeof v === 'string' && isIsoDate(v)
        ? null
        : { code: 'not_date', params: { value: String(v) } };
    case 'integer':
    case 'real':
      if (typeof v !== 'number' || !Number.isFinite(v))
        return { code: 'not_number', params: { value: String(v) } };
      if (def.kind === 'integer' && !Number.isInteger(v))
        return { code: 'not_integer', params: { value: v } };
      if (def.min !== undefined && v < def.min)
        return { code: 'below_min', params: { value: v, min: def.min } };
      if (def.max !== undefined && v > def.max)
        return { code: 'above_max', params: { value: v, max: def.max } };
      return null;
  }
}
