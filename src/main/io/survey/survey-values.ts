// Cell values of survey files: numbers with the file's decimal mark, dates and times in the forms survey
// devices and spreadsheets write, and headings folded for matching ("Interval_Start_Latitude (°)" →
// "interval_start_latitude").
import type { FieldValue } from '../records';

/** Lower case, no accents, runs of anything else one underscore, units in brackets dropped. */
export function foldHeading(h: string): string {
  return h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/gu, ' ')
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_|_$/gu, '');
}

const PLAIN_POINT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/u;

/** null for an empty cell, undefined for one that is not a number. */
export function parseNumberCell(v: FieldValue, mark: '.' | ','): number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  // The common case, tested without making new strings: a survey has hundreds of thousands of numbers.
  if (mark === '.' && PLAIN_POINT.test(v)) return Number(v);
  const t = v.trim().replace(/[\s\u00a0]/gu, '');
  if (t === '') return null;
  const pattern =
    mark === ',' ? /^[+-]?\d+(,\d+)?([eE][+-]?\d+)?$/u : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
  if (!pattern.test(t)) return undefined;
  const n = Number(mark === ',' ? t.replace(',', '.') : t);
  return Number.isFinite(n) ? n : undefined;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number | string) => String(n).padStart(2, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS[mo - 1]!);
}

function iso(y: number, mo: number, d: number, time?: [number, number, number]): string | undefined {
  if (!valid(y, mo, d, ...(time ?? [0, 0, 0]))) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return time ? `${day}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}` : day;
}

/**
 * A date or date-time as written by RoadLab Pro ("10:35:12 2017-September-05"), ISO ("2017-09-05",
 * "2017-09-05 10:35:12", "2017-09-05T10:35:12Z"), or Vietnamese style ("05/09/2017 10:35"), as local ISO text
 * without a zone. null for an empty cell, undefined when it is no date.
 */
export function parseDateCell(v: FieldValue): string | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return undefined;
  const t = v.trim();
  if (t === '') return null;
  let m = /^(\d{1,2}):(\d{2}):(\d{2})\s+(\d{4})-([A-Za-z]+)-(\d{1,2})$/u.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[5]!.toLowerCase()) + 1;
    return month ? iso(+m[4]!, month, +m[6]!, [+m[1]!, +m[2]!, +m[3]!]) : undefined;
  }
  m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(
      t,
    );
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!, m[4] ? [+m[4]!, +m[5]!, +(m[6] ?? 0)] : undefined);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!, m[4] ? [+m[4]!, +m[5]!, +(m[6] ?? 0)] : undefined);
  return undefined;
}
