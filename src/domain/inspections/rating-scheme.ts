// Rating scales as data: the official bridge condition scale was not found (domain-vn §4.2, §7.2), so the
// scale an inspection uses is a scheme id plus a grade, and a project may add or replace schemes.
import type { CodedValue } from '../assets/vocabulary';
import type { InspectionProblem } from './inspection-problems';
import { inspectionProblem } from './inspection-problems';

export interface RatingGrade extends CodedValue {
  /** 1 = best condition; larger is worse. */
  rank: number;
}

export interface RatingScheme {
  id: string;
  vi: string;
  en: string;
  grades: readonly RatingGrade[];
  /** The scheme new inspections use unless the user picks another. */
  isDefault: boolean;
  /** False while the scale is not checked against an official source. */
  verified: boolean;
}

export const DEFAULT_RATING_SCHEMES: readonly RatingScheme[] = [
  {
    id: 'tinh_trang_4',
    vi: 'Tình trạng (4 mức)',
    en: 'Condition (4 levels)',
    grades: [
      { code: 'tot', vi: 'Tốt', en: 'Good', rank: 1 },
      { code: 'trung_binh', vi: 'Trung bình', en: 'Fair', rank: 2 },
      { code: 'kem', vi: 'Kém', en: 'Poor', rank: 3 },
      { code: 'rat_kem', vi: 'Rất kém', en: 'Very poor', rank: 4 },
    ],
    isDefault: true,
    verified: false,
  },
  {
    id: 'cap_1_5',
    vi: 'Cấp 1–5',
    en: 'Grades 1–5',
    grades: [
      { code: '1', vi: '1 – Rất tốt', en: '1 – Very good', rank: 1 },
      { code: '2', vi: '2 – Tốt', en: '2 – Good', rank: 2 },
      { code: '3', vi: '3 – Trung bình', en: '3 – Fair', rank: 3 },
      { code: '4', vi: '4 – Kém', en: '4 – Poor', rank: 4 },
      { code: '5', vi: '5 – Rất kém', en: '5 – Very poor', rank: 5 },
    ],
    isDefault: false,
    verified: false,
  },
];

/** The default scheme: the one marked so (the first, if a list marks none). */
export function defaultScheme(schemes: readonly RatingScheme[]): RatingScheme | null {
  return schemes.find((s) => s.isDefault) ?? schemes[0] ?? null;
}

/** What is wrong with schemes a person configured (empty when they are usable). */
export function schemeProblems(schemes: readonly RatingScheme[]): InspectionProblem[] {
  const problems: InspectionProblem[] = [];
  const ids = new Set<string>();
  schemes.forEach((scheme, i) => {
    const field = `schemes[${i}]`;
    if (!scheme.id.trim()) problems.push(inspectionProblem(`${field}.id`, 'required'));
    if (ids.has(scheme.id))
      problems.push(inspectionProblem(`${field}.id`, 'scheme_duplicate_id', { scheme: scheme.id }));
    ids.add(scheme.id);
    if (!scheme.grades.length)
      problems.push(inspectionProblem(`${field}.grades`, 'scheme_no_grades', { scheme: scheme.id }));
    const codes = new Set<string>();
    scheme.grades.forEach((g, j) => {
      if (codes.has(g.code))
        problems.push(
          inspectionProblem(`${field}.grades[${j}]`, 'scheme_duplicate_grade', {
            scheme: scheme.id,
            grade: g.code,
          }),
        );
      codes.add(g.code);
      if (!Number.isInteger(g.rank) || g.rank < 1)
        problems.push(inspectionProblem(`${field}.grades[${j}].rank`, 'scheme_bad_rank', { grade: g.code }));
    });
  });
  if (schemes.filter((s) => s.isDefault).length > 1)
    problems.push(inspectionProblem('schemes', 'scheme_many_defaults'));
  return problems;
}
