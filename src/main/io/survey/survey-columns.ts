// Generic survey tables (CSV or XLSX from a consultant or a district) read through a column mapping chosen
// in the import step: the interval is located by route + from/to chainage ("Km 12+350", metres or km) or by
// start/end GPS, and carries whichever measures are mapped. Each row becomes a whole interval or problems.
import { normaliseRoadCode } from '../../../domain/assets/road-code';
import { foldName } from '../../../domain/assets/field-matching';
import { SURFACE_TYPES } from '../../../domain/assets/vocabulary';
import { VN_BOUNDS } from '../../../domain/assets/import-geometry';
import { parseChainage } from '../../../domain/location/chainage';
import type { Direction } from '../../../domain/pavement/condition-segment';
import type { SurveyInterval, SurveyRead } from '../../../domain/pavement/survey-interval';
import type { SurveyProblem } from '../../../domain/pavement/survey-problems';
import { surveyProblem } from '../../../domain/pavement/survey-problems';
import type { FieldValue } from '../records';
import type { SurveyTable } from './survey-table';
import { parseDateCell, parseNumberCell } from './survey-values';

/** Which heading feeds which value; every entry is optional but a location is needed. */
export interface SurveyColumnMapping {
  route?: string;
  from?: string;
  to?: string;
  /** Unit of plain-number chainages (text like "Km 12+350" is always understood). Default metres. */
  chainageUnit?: 'm' | 'km';
  startLat?: string;
  startLon?: string;
  endLat?: string;
  endLon?: string;
  iri?: string;
  crackingPct?: string;
  ruttingMm?: string;
  potholes?: string;
  ravellingPct?: string;
  edgeBreakM?: string;
  length?: string;
  date?: string;
  lane?: string;
  direction?: string;
  surface?: string;
}

type Key = keyof Omit<SurveyColumnMapping, 'chainageUnit'>;

const MEASURES: Array<[Key, keyof SurveyInterval, number, number]> = [
  ['iri', 'iri', 0, 50],
  ['crackingPct', 'crackingPct', 0, 100],
  ['ruttingMm', 'ruttingMm', 0, 500],
  ['potholes', 'potholes', 0, 100000],
  ['ravellingPct', 'ravellingPct', 0, 100],
  ['edgeBreakM', 'edgeBreakM', 0, 100000],
  ['length', 'lengthM', 0, 100000],
];

const DIRECTION_WORDS: Array<[RegExp, Direction]> = [
  [/^(xuoi|tang|chieu tang|thuan|di|increasing|forward|up|\+)$/u, 'xuoi'],
  [/^(nguoc|giam|chieu giam|ve|decreasing|backward|down|-)$/u, 'nguoc'],
  [/^(ca hai|hai chieu|both|2)$/u, 'ca_hai'],
];

export function readSurveyColumns(table: SurveyTable, mapping: SurveyColumnMapping): SurveyRead {
  const file = table.file;
  const index = new Map<Key, number>();
  const problems: SurveyProblem[] = [];
  for (const [key, heading] of Object.entries(mapping) as Array<[string, string]>) {
    if (key === 'chainageUnit') continue;
    const i = table.headers.indexOf(heading);
    if (i < 0) problems.push(surveyProblem({ file }, 'missing_column', { what: key, expected: heading }));
    else index.set(key as Key, i);
  }
  const byChainage = ['route', 'from', 'to'].every((k) => index.has(k as Key));
  const byGps = ['startLat', 'startLon', 'endLat', 'endLon'].every((k) => index.has(k as Key));
  if (!problems.length && !byChainage && !byGps)
    problems.push(surveyProblem({ file }, 'no_location_columns'));
  if (problems.length) return { file, intervals: [], problems };

  const intervals: SurveyInterval[] = [];
  table.rows.forEach((cells, k) => {
    const row = table.rowNumbers[k]!;
    if (cells.length !== table.headers.length) {
      problems.push(
        surveyProblem({ file: table.file, row }, 'field_count', {
          count: cells.length,
          expected: table.headers.length,
        }),
      );
      return;
    }
    const rowProblems: SurveyProblem[] = [];
    const cell = (key: Key): FieldValue => cells[index.get(key)!] ?? null;
    const where = (key: Key) => ({ file, row, field: table.headers[index.get(key)!]! });
    const fail = (key: Key, code: Parameters<typeof surveyProblem>[1], params = {}) =>
      rowProblems.push(surveyProblem(where(key), code, params));
    const interval: SurveyInterval = { row };

    if (byChainage) {
      const route = cell('route');
      if (route === null) fail('route', 'missing_value');
      else interval.routeCode = normaliseRoadCode(String(route))?.code ?? String(route).trim();
      for (const key of ['from', 'to'] as const) {
        const c = chainageOf(cell(key), mapping.chainageUnit ?? 'm', table.decimalMark);
        if (c === null) fail(key, 'missing_value');
        else if (c === undefined) fail(key, 'not_chainage', { value: String(cell(key)) });
        else if (key === 'from') interval.fromChainage = c;
        else interval.toChainage = c;
      }
    }
    if (byGps) {
      const ends: Array<[Key, Key, 'start' | 'end']> = [
        ['startLat', 'startLon', 'start'],
        ['endLat', 'endLon', 'end'],
      ];
      for (const [latKey, lonKey, end] of ends) {
        const lat = parseNumberCell(cell(latKey), table.decimalMark);
        const lon = parseNumberCell(cell(lonKey), table.decimalMark);
        if (lat === undefined) fail(latKey, 'not_number', { value: String(cell(latKey)) });
        if (lon === undefined) fail(lonKey, 'not_number', { value: String(cell(lonKey)) });
        if (lat === null) fail(latKey, 'missing_value');
        if (lon === null) fail(lonKey, 'missing_value');
        if (typeof lat !== 'number' || typeof lon !== 'number') continue;
        if (
          lon < VN_BOUNDS.minLon ||
          lon > VN_BOUNDS.maxLon ||
          lat < VN_BOUNDS.minLat ||
          lat > VN_BOUNDS.maxLat
        )
          fail(latKey, 'outside_vietnam', { lon, lat });
        else interval[end] = [lon, lat];
      }
    }
    for (const [key, target, min, max] of MEASURES) {
      if (!index.has(key)) continue;
      const n = parseNumberCell(cell(key), table.decimalMark);
      if (n === undefined) fail(key, 'not_number', { value: String(cell(key)) });
      else if (n !== null && n < min) fail(key, 'below_min', { value: n, min });
      else if (n !== null && n > max) fail(key, 'above_max', { value: n, max });
      else if (n !== null) (interval as unknown as Record<string, number>)[target] = n;
    }
    if (index.has('lane')) {
      const n = parseNumberCell(cell('lane'), table.decimalMark);
      // Lanes are counted 1, 2, …: a fraction is no lane number.
      if (n === undefined || (n !== null && !Number.isInteger(n)))
        fail('lane', 'not_number', { value: String(cell('lane')) });
      else if (n !== null && n < 1) fail('lane', 'below_min', { value: n, min: 1 });
      else if (n !== null) interval.lane = n;
    }
    if (index.has('date')) {
      const d = parseDateCell(cell('date'));
      if (d === undefined) fail('date', 'not_date', { value: String(cell('date')) });
      else if (d !== null) interval.surveyedAt = d;
    }
    if (index.has('direction') && cell('direction') !== null) {
      const folded = foldName(String(cell('direction'))) || String(cell('direction')).trim();
      const hit = DIRECTION_WORDS.find(([re]) => re.test(folded));
      if (hit) interval.direction = hit[1];
      else
        fail('direction', 'not_in_list', {
          value: String(cell('direction')),
          allowed: 'xuôi, ngược, cả hai',
        });
    }
    if (index.has('surface') && cell('surface') !== null) {
      const raw = String(cell('surface'));
      const hit = SURFACE_TYPES.find(
        (s) =>
          s.code === raw.trim().toLowerCase() ||
          foldName(s.vi) === foldName(raw) ||
          foldName(s.en) === foldName(raw),
      );
      if (hit) interval.surfaceType = hit.code;
      else fail('surface', 'not_in_list', { value: raw, allowed: SURFACE_TYPES.map((s) => s.vi).join(', ') });
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else intervals.push(interval);
  });
  return { file, intervals, problems };
}

/** Metres from "Km 12+350", "12+350", "12.35 km" or a plain number in the given unit. */
function chainageOf(v: FieldValue, unit: 'm' | 'km', mark: '.' | ','): number | null | undefined {
  const n = parseNumberCell(v, mark);
  if (n === null) return null;
  if (n !== undefined) return n < 0 ? undefined : unit === 'km' ? Math.round(n * 1e6) / 1e3 : n;
  return parseChainage(String(v)) ?? undefined;
}
