// One interval of a condition survey as read from a file: located by GPS (start and end lon/lat in WGS 84)
// or by chainage (route and from/to), with what was measured on it.
import type { Position } from '../geometry/geojson';
import type { Direction } from './condition-segment';
import type { SurveyProblem } from './survey-problems';

export interface SurveyInterval {
  /** Row in the file as a person counts it (the heading is row 1). */
  row: number;
  start?: Position;
  end?: Position;
  routeCode?: string;
  fromChainage?: number;
  toChainage?: number;
  /** Length the device measured (metres). */
  lengthM?: number;
  iri?: number;
  crackingPct?: number;
  ruttingMm?: number;
  potholes?: number;
  ravellingPct?: number;
  edgeBreakM?: number;
  /** YYYY-MM-DD or an ISO date-time. */
  surveyedAt?: string;
  speedKmh?: number;
  lane?: number;
  direction?: Direction;
  surfaceType?: string;
}

/** A file's intervals and the rows that could not become one (nothing half-read). */
export interface SurveyRead {
  file: string;
  intervals: SurveyInterval[];
  problems: SurveyProblem[];
}
