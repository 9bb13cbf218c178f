// RoadLab Pro interval files (Intervals_*.csv / RoadIntervals_*.csv): one row per interval with its start and
// end latitude/longitude, length and roughness (IRI). Headings differ between app versions and platforms:
// v1 wrote start_lat/start_lon/end_lat/end_lon/iri, v2 Interval_Start_Latitude … Roughness (Android and
// iOS differ in case, and one build spells "Latidude"), and re-exports carry "Survey date and time".
import type { SurveyInterval, SurveyRead } from '../../../domain/pavement/survey-interval';
import type { SurveyProblem } from '../../../domain/pavement/survey-problems';
import { surveyProblem } from '../../../domain/pavement/survey-problems';
import { VN_BOUNDS } from '../../../domain/assets/import-geometry';
import type { FieldValue } from '../records';
import type { SurveyTable } from './survey-table';
import { foldHeading, parseDateCell, parseNumberCell } from './survey-values';

type Column = 'startLat' | 'startLon' | 'endLat' | 'endLon' | 'iri' | 'length' | 'time' | 'speed';

/** Folded headings each column goes by, in order of preference. */
export const ROADLAB_HEADINGS: Record<Column, readonly string[]> = {
  startLat: [
    'interval_start_latitude',
    'interval_start_latidude',
    'start_lat',
    'start_latitude',
    'lat_start',
  ],
  startLon: [
    'interval_start_longitude',
    'start_lon',
    'start_lng',
    'start_long',
    'start_longitude',
    'lon_start',
  ],
  endLat: ['interval_end_latitude', 'end_lat', 'end_latitude', 'lat_end'],
  endLon: ['interval_end_longitude', 'end_lon', 'end_lng', 'end_long', 'end_longitude', 'lon_end'],
  iri: ['roughness', 'iri', 'iri_m_km', 'roughness_iri'],
  length: ['interval_length', 'length', 'distance', 'length_m'],
  time: ['time', 'survey_date_and_time', 'date_time', 'datetime', 'timestamp', 'date'],
  speed: ['speed', 'average_speed', 'avg_speed', 'speed_km_h'],
};

const REQUIRED: Array<[Column, string]> = [
  ['startLat', 'start latitude'],
  ['startLon', 'start longitude'],
  ['endLat', 'end latitude'],
  ['endLon', 'end longitude'],
  ['iri', 'roughness (IRI)'],
];

export interface RoadLabOptions {
  /** IRI above this is an error, not a reading (m/km, default 50). */
  maxIri?: number;
}

/** Column index of each RoadLab field present in the headings. */
export function roadLabColumns(headers: readonly string[]): Partial<Record<Column, number>> {
  const folded = headers.map(foldHeading);
  const out: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(ROADLAB_HEADINGS) as Array<[Column, readonly string[]]>) {
    for (const name of names) {
      const i = folded.indexOf(name);
      if (i >= 0) {
        out[column] = i;
        break;
      }
    }
  }
  return out;
}

/** One row being read: its cells, where it is, and what is wrong with it so far. */
interface RowContext {
  table: SurveyTable;
  cols: Partial<Record<Column, number>>;
  cells: readonly FieldValue[];
  row: number;
  problems: SurveyProblem[];
}

const whereOf = (r: RowContext, c: Column) => ({
  file: r.table.file,
  row: r.row,
  field: r.table.headers[r.cols[c]!]!,
});

function numberAt(r: RowContext, c: Column, required: boolean): number | undefined {
  const i = r.cols[c];
  if (i === undefined) return undefined;
  const raw = r.cells[i] ?? null;
  const n = parseNumberCell(raw, r.table.decimalMark);
  if (n === undefined) r.problems.push(surveyProblem(whereOf(r, c), 'not_number', { value: String(raw) }));
  else if (n === null && required) r.problems.push(surveyProblem(whereOf(r, c), 'missing_value'));
  return n ?? undefined;
}

function positionAt(r: RowContext, lat: Column, lon: Column): [number, number] | undefined {
  const y = numberAt(r, lat, true);
  const x = numberAt(r, lon, true);
  if (y !== undefined && Math.abs(y) > 90)
    r.problems.push(surveyProblem(whereOf(r, lat), 'not_latitude', { value: y }));
  else if (x !== undefined && Math.abs(x) > 180)
    r.problems.push(surveyProblem(whereOf(r, lon), 'not_longitude', { value: x }));
  else if (x !== undefined && y !== undefined) {
    if (x < VN_BOUNDS.minLon || x > VN_BOUNDS.maxLon || y < VN_BOUNDS.minLat || y > VN_BOUNDS.maxLat)
      r.problems.push(surveyProblem(whereOf(r, lat), 'outside_vietnam', { lon: x, lat: y }));
    else return [x, y];
  }
  return undefined;
}

function readRow(r: RowContext, maxIri: number): SurveyInterval | null {
  const start = positionAt(r, 'startLat', 'startLon');
  const end = positionAt(r, 'endLat', 'endLon');
  const iri = numberAt(r, 'iri', true);
  if (iri !== undefined && iri < 0)
    r.problems.push(surveyProblem(whereOf(r, 'iri'), 'below_min', { value: iri, min: 0 }));
  if (iri !== undefined && iri > maxIri)
    r.problems.push(surveyProblem(whereOf(r, 'iri'), 'above_max', { value: iri, max: maxIri }));
  const length = numberAt(r, 'length', false);
  if (length !== undefined && length <= 0)
    r.problems.push(surveyProblem(whereOf(r, 'length'), 'below_min', { value: length, min: 0 }));
  const speed = numberAt(r, 'speed', false);
  let surveyedAt: string | undefined;
  if (r.cols.time !== undefined) {
    const raw = r.cells[r.cols.time] ?? null;
    const t = parseDateCell(raw);
    if (t === undefined)
      r.problems.push(surveyProblem(whereOf(r, 'time'), 'not_date', { value: String(raw) }));
    else if (t !== null) surveyedAt = t;
  }
  if (r.problems.length || !start || !end || iri === undefined) return null;
  const interval: SurveyInterval = { row: r.row, start, end, iri };
  if (length !== undefined) interval.lengthM = length;
  if (speed !== undefined) interval.speedKmh = speed;
  if (surveyedAt) interval.surveyedAt = surveyedAt;
  return interval;
}

export function readRoadLab(table: SurveyTable, options: RoadLabOptions = {}): SurveyRead {
  const maxIri = options.maxIri ?? 50;
  const cols = roadLabColumns(table.headers);
  const missing = REQUIRED.filter(([c]) => cols[c] === undefined);
  if (missing.length)
    return {
      file: table.file,
      intervals: [],
      problems: missing.map(([c, what]) =>
        surveyProblem({ file: table.file }, 'missing_column', {
          what,
          expected: ROADLAB_HEADINGS[c].join(', '),
        }),
      ),
    };

  const intervals: SurveyInterval[] = [];
  const problems: SurveyProblem[] = [];
  for (let k = 0; k < table.rows.length; k++) {
    const cells = table.rows[k]!;
    const row = table.rowNumbers[k]!;
    if (cells.length !== table.headers.length) {
      problems.push(
        surveyProblem({ file: table.file, row }, 'field_count', {
          count: cells.length,
          expected: table.headers.length,
        }),
      );
      continue;
    }
    const context: RowContext = { table, cols, cells, row, problems: [] };
    const interval = readRow(context, maxIri);
    if (interval) intervals.push(interval);
    else problems.push(...context.problems);
  }
  return { file: table.file, intervals, problems };
}
