// Validates one inspection with its element ratings and defects before it is saved: every field against its
// table definition, then the rules between fields. The caller passes today's date (the domain has no clock)
// and the configured schemes, element list and catalogue.
import type { Attributes } from '../assets/attributes';
import type { BridgeElement } from './bridge-elements';
import { BRIDGE_ELEMENTS } from './bridge-elements';
import { checkFields } from './check-fields';
import type { DefectCatalogue } from './defect-catalogue';
import { DEFAULT_DEFECT_CATALOGUE } from './defect-catalogue';
import type { InspectionProblem } from './inspection-problems';
import { inspectionProblem } from './inspection-problems';
import { DEFECTS_TABLE, INSPECTION_ELEMENTS_TABLE, INSPECTIONS_TABLE } from './inspection-tables';
import type { RatingScheme } from './rating-scheme';
import { DEFAULT_RATING_SCHEMES, defaultScheme } from './rating-scheme';

/** An inspection as the form or an import hands it over: rows of the three tables (children without uid links). */
export interface InspectionRecord {
  inspection: Attributes;
  elements: Attributes[];
  defects: Attributes[];
}

export interface InspectionContext {
  /** Today as YYYY-MM-DD in the user's time zone. */
  today: string;
  schemes?: readonly RatingScheme[];
  elements?: readonly BridgeElement[];
  catalogue?: DefectCatalogue;
  /** Chainage extent of the inspected asset's route, when known (metres). */
  routeExtent?: { start: number; end: number } | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The record with the default rating scheme filled in when none is chosen. */
export function withDefaultScheme(
  record: InspectionRecord,
  schemes = DEFAULT_RATING_SCHEMES,
): InspectionRecord {
  if (str(record.inspection.rating_scheme)) return record;
  const scheme = defaultScheme(schemes);
  return scheme ? { ...record, inspection: { ...record.inspection, rating_scheme: scheme.id } } : record;
}

export function validateInspection(record: InspectionRecord, ctx: InspectionContext): InspectionProblem[] {
  const schemes = ctx.schemes ?? DEFAULT_RATING_SCHEMES;
  const head = record.inspection;
  const problems = checkFields(INSPECTIONS_TABLE, head, '', [
    'inspection_kind',
    'target_layer',
    'target_uid',
    'inspected_on',
    'inspector',
    'rating_scheme',
  ]);
  const date = str(head.inspected_on);
  if (date && problems.every((p) => p.field !== 'inspected_on') && date > ctx.today)
    problems.push(inspectionProblem('inspected_on', 'date_in_future', { value: date, today: ctx.today }));

  const schemeId = str(head.rating_scheme);
  const scheme = schemeId ? schemes.find((s) => s.id === schemeId) : undefined;
  if (schemeId && !scheme)
    problems.push(inspectionProblem('rating_scheme', 'unknown_scheme', { scheme: schemeId }));
  const checkGrade = (field: string, grade: unknown) => {
    const g = str(grade);
    if (g && scheme && !scheme.grades.some((x) => x.code === g))
      problems.push(
        inspectionProblem(field, 'grade_not_in_scheme', {
          grade: g,
          scheme: scheme.id,
          allowed: scheme.grades.map((x) => x.code).join(', '),
        }),
      );
  };
  checkGrade('overall_grade', head.overall_grade);

  const target = str(head.target_layer);
  problems.push(...checkElements(record.elements, target, ctx.elements ?? BRIDGE_ELEMENTS, checkGrade));
  record.defects.forEach((defect, i) => problems.push(...checkDefect(defect, `defects[${i}]`, target, ctx)));
  return problems;
}

function checkElements(
  rows: readonly Attributes[],
  target: string | null,
  elements: readonly BridgeElement[],
  checkGrade: (field: string, grade: unknown) => void,
): InspectionProblem[] {
  const problems: InspectionProblem[] = [];
  if (rows.length && target && target !== 'bridges')
    problems.push(inspectionProblem('elements', 'elements_only_for_bridges'));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = `elements[${i}]`;
    // The element list is configurable: check codes against it, not against the table's default list.
    const { element, ...rest } = row;
    problems.push(...checkFields(INSPECTION_ELEMENTS_TABLE, rest, at, ['grade']));
    const code = str(element);
    if (!code) problems.push(inspectionProblem(`${at}.element`, 'required'));
    else if (!elements.some((e) => e.code === code))
      problems.push(inspectionProblem(`${at}.element`, 'unknown_element', { element: code }));
    else if (seen.has(code))
      problems.push(inspectionProblem(`${at}.element`, 'duplicate_element', { element: code }));
    if (code) seen.add(code);
    checkGrade(`${at}.grade`, row.grade);
  });
  return problems;
}

function checkDefect(
  row: Attributes,
  at: string,
  target: string | null,
  ctx: InspectionContext,
): InspectionProblem[] {
  const catalogue = ctx.catalogue ?? DEFAULT_DEFECT_CATALOGUE;
  const { defect_type: typeCode, element, ...rest } = row;
  const problems = checkFields(DEFECTS_TABLE, rest, at);

  const code = str(typeCode);
  const type = code ? catalogue.types.find((t) => t.code === code) : undefined;
  if (!code) problems.push(inspectionProblem(`${at}.defect_type`, 'required'));
  else if (!type)
    problems.push(inspectionProblem(`${at}.defect_type`, 'unknown_defect_type', { type: code }));
  else {
    const group = catalogue.groups.find((g) => g.code === type.group);
    if (target && group && !group.targets.includes(target as never))
      problems.push(
        inspectionProblem(`${at}.defect_type`, 'defect_not_for_target', { type: type.code, target }),
      );
  }

  const elementCode = str(element);
  if (elementCode) {
    if (target && target !== 'bridges')
      problems.push(inspectionProblem(`${at}.element`, 'elements_only_for_bridges'));
    else if (!(ctx.elements ?? BRIDGE_ELEMENTS).some((e) => e.code === elementCode))
      problems.push(inspectionProblem(`${at}.element`, 'unknown_element', { element: elementCode }));
  }

  const extent = num(row.extent);
  const unitCode = str(row.unit);
  if (extent !== null && extent <= 0)
    problems.push(inspectionProblem(`${at}.extent`, 'extent_not_positive', { value: extent }));
  if (extent !== null && !unitCode) problems.push(inspectionProblem(`${at}.unit`, 'extent_without_unit'));
  if (unitCode && type && !type.units.includes(unitCode))
    problems.push(
      inspectionProblem(`${at}.unit`, 'unit_not_allowed', {
        type: type.code,
        unit: unitCode,
        allowed: type.units.join(', '),
      }),
    );

  const from = num(row.from_chainage_m);
  const to = num(row.to_chainage_m);
  if (from !== null && to !== null && to < from)
    problems.push(inspectionProblem(`${at}.to_chainage_m`, 'range_reversed', { from, to }));
  const extentOfRoute = ctx.routeExtent;
  if (extentOfRoute) {
    for (const [field, value] of [
      ['from_chainage_m', from],
      ['to_chainage_m', to],
    ] as const) {
      if (value !== null && (value < extentOfRoute.start || value > extentOfRoute.end))
        problems.push(
          inspectionProblem(`${at}.${field}`, 'chainage_outside_route', {
            value,
            start: extentOfRoute.start,
            end: extentOfRoute.end,
          }),
        );
    }
  }
  return problems;
}
