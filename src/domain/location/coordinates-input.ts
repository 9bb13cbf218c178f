// Coordinates as people type them into "go to" and "place point": decimal degrees, degrees-minutes-seconds
// (14°21'00"N, 14 21 0 N, 14°21′00,5″ B, 14 độ 21 phút, with E/Đ/D for east and N/B for north), and VN-2000
// grid metres written the surveyors' way, X (northing) first (domain-vn §0.5). The result says which was typed.
// A lone "N" is read as North (GPS and map convention) even though Vietnamese "Nam" is south: write "Nam" or
// "S" for the southern hemisphere. Decimal commas are read ("14,35"), so "14,108" is one number: separate two
// numbers with a space, a semicolon or ", ".
import type { CodedText, TextCatalog } from '../assets/coded-text';
import { codedText, param } from '../assets/coded-text';
import type { Position } from '../geometry/geojson';
import { findCrs } from './crs';
import type { Lang } from './measure';
import { transformPosition } from './transform';

export type CoordinateErrorCode =
  | 'empty'
  | 'unreadable'
  | 'count'
  | 'number_count'
  | 'unit_order'
  | 'minutes_range'
  | 'seconds_range'
  | 'sign_conflict'
  | 'same_axis'
  | 'latitude_range'
  | 'longitude_range'
  | 'grid_range';

const s = param;
export const COORDINATE_TEXT_EN: TextCatalog<CoordinateErrorCode> = {
  empty: () => 'no coordinates typed',
  unreadable: (p) => `"${s(p, 'text')}" is not part of a coordinate`,
  count: (p) => `expected two coordinates, read ${s(p, 'count')}`,
  number_count: (p) => `expected 2, 4 or 6 numbers (two coordinates), read ${s(p, 'count')}`,
  unit_order: (p) => `"${s(p, 'text')}": write degrees, then minutes, then seconds`,
  minutes_range: (p) => `${s(p, 'value')} minutes: minutes go from 0 to 59`,
  seconds_range: (p) => `${s(p, 'value')} seconds: seconds go from 0 to 59.9…`,
  sign_conflict: (p) => `"${s(p, 'text')}" has both a minus sign and a hemisphere letter`,
  same_axis: (p) => `both coordinates are ${s(p, 'axis') === 'lat' ? 'latitudes' : 'longitudes'}`,
  latitude_range: (p) => `latitude ${s(p, 'value')}° is beyond ±90°`,
  longitude_range: (p) => `longitude ${s(p, 'value')}° is beyond ±180°`,
  grid_range: (p) =>
    `X = ${s(p, 'x')}, Y = ${s(p, 'y')} m is not a VN-2000 grid position (X northing, Y easting)`,
};

export type ParsedCoordinates =
  | {
      ok: true;
      kind: 'decimal-degrees' | 'dms';
      lat: number;
      lon: number;
      /** lon/lat (GeoJSON order). */
      position: Position;
      /** How the axes were told apart: hemisphere letters or labels, the values (> 90° is a longitude), or
       * the "lat, lon" order assumed when neither tells. */
      axesFrom: 'letters' | 'values' | 'order';
    }
  | {
      ok: true;
      kind: 'grid';
      /** X, metres north. */
      northing: number;
      /** Y, metres east. */
      easting: number;
      /** 'x-y' as surveyors write; 'y-x' when the values (or E/N labels) showed easting first. */
      order: 'x-y' | 'y-x';
      crs: string | null;
      /** lon/lat through the full VN-2000 datum shift; null without a projected CRS. */
      position: Position | null;
    }
  | { ok: false; error: CodedText<CoordinateErrorCode> };

const fail = (
  code: CoordinateErrorCode,
  params: Record<string, string | number> = {},
): ParsedCoordinates => ({
  ok: false,
  error: codedText(COORDINATE_TEXT_EN, code, params),
});

/** One vocabulary for the symbols people type: ° º ˚ → °, ′ ’ ‘ ` ´ → ', ″ ” “ '' → ". */
function normaliseSymbols(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[º˚]/gu, '°')
    .replace(/''|[″”“]/gu, '"')
    .replace(/[′’‘`´]/gu, "'")
    .trim();
}

const toNumber = (raw: string) => Number(raw.replace(',', '.'));

// ---- grid metres ---------------------------------------------------------------------------------------

// Thousands written with dots ("1.587.580,444"), commas ("1,587,580.444") or spaces ("1 587 580,444").
const GRID_NUMBER = String.raw`\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const GRID_ITEM = new RegExp(String.raw`(?:([XYNE])\s*[=:]?\s*)?(${GRID_NUMBER})(?:\s*m\b)?`, 'giu');

/** A grid number with its thousands marks: with both "." and ",", the later is the decimal mark; a mark that
 * repeats groups thousands; a single one is the decimal mark. */
function gridNumber(raw: string): number {
  let text = raw.replace(/[ \u00A0\u202F]/gu, '');
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) text = text.replace(dot > comma ? /,/gu : /\./gu, '');
  else if (text.split('.').length > 2) text = text.replace(/\./gu, '');
  else if (text.split(',').length > 2) text = text.replace(/,/gu, '');
  return Number(text.replace(',', '.'));
}

const inVietnamNorthing = (v: number) => v >= 900_000 && v <= 2_700_000;
const inVietnamEasting = (v: number) => v >= 100_000 && v <= 900_000;

function parseGrid(text: string, gridCrs: string | undefined): ParsedCoordinates | null {
  if (/[°'"]/u.test(text)) return null;
  const items = [...text.matchAll(GRID_ITEM)];
  const rest = text.replace(GRID_ITEM, '');
  if (items.length !== 2 || !/^[\s,;/|]*$/u.test(rest)) return null;
  const values = items.map((m) => gridNumber(m[2]!));
  if (values.some((v) => !(v >= 10_000))) return null;
  const labels = items.map((m) => m[1]?.toUpperCase());
  let x: number;
  let y: number;
  let order: 'x-y' | 'y-x';
  if (labels[0] && labels[1]) {
    const northFirst = labels[0] === 'X' || labels[0] === 'N';
    const northSecond = labels[1] === 'X' || labels[1] === 'N';
    if (northFirst === northSecond) return fail('same_axis', { axis: northFirst ? 'northing' : 'easting' });
    [x, y] = northFirst ? [values[0]!, values[1]!] : [values[1]!, values[0]!];
    order = northFirst ? 'x-y' : 'y-x';
  } else if (
    inVietnamEasting(values[0]!) &&
    inVietnamNorthing(values[1]!) &&
    !inVietnamNorthing(values[0]!)
  ) {
    [x, y, order] = [values[1]!, values[0]!, 'y-x'];
  } else {
    [x, y, order] = [values[0]!, values[1]!, 'x-y'];
  }
  if (!(x < 10_000_000 && y < 1_000_000)) return fail('grid_range', { x, y });
  const crs = gridCrs ? findCrs(gridCrs) : undefined;
  const projected = crs && crs.kind !== 'geographic' ? crs.code : null;
  const position = projected ? transformPosition([y, x], projected, 'EPSG:4326') : null;
  return { ok: true, kind: 'grid', northing: x, easting: y, order, crs: projected, position };
}

// ---- degrees -------------------------------------------------------------------------------------------

type Axis = 'lat' | 'lon';
type Unit = 'deg' | 'min' | 'sec';
type Token =
  | { t: 'num'; v: number; raw: string }
  | { t: 'unit'; unit: Unit }
  | { t: 'hemi'; axis: Axis; sign: 1 | -1; raw: string }
  | { t: 'label'; axis: Axis }
  | { t: 'sep' };

const HEMISPHERES: Record<string, [Axis, 1 | -1]> = {
  n: ['lat', 1],
  north: ['lat', 1],
  b: ['lat', 1],
  bắc: ['lat', 1],
  bac: ['lat', 1],
  s: ['lat', -1],
  south: ['lat', -1],
  nam: ['lat', -1],
  e: ['lon', 1],
  east: ['lon', 1],
  đ: ['lon', 1],
  d: ['lon', 1],
  đông: ['lon', 1],
  dong: ['lon', 1],
  w: ['lon', -1],
  west: ['lon', -1],
  t: ['lon', -1],
  tây: ['lon', -1],
  tay: ['lon', -1],
};
const UNIT_WORDS: Record<string, Unit> = {
  độ: 'deg',
  do: 'deg',
  phút: 'min',
  phut: 'min',
  giây: 'sec',
  giay: 'sec',
};
const LABELS: Record<string, Axis> = {
  lat: 'lat',
  latitude: 'lat',
  vĩ: 'lat',
  vi: 'lat',
  lon: 'lon',
  long: 'lon',
  lng: 'lon',
  longitude: 'lon',
  kinh: 'lon',
};

function tokenize(text: string): Token[] | { unreadable: string } {
  const tokens: Token[] = [];
  const re = /\s+|([+-]?\d+(?:[.,]\d+)?)|(°)|(')|(")|([,;/|])|([=:])|(\p{L}+)|(.)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) tokens.push({ t: 'num', v: toNumber(m[1]), raw: m[1] });
    else if (m[2]) tokens.push({ t: 'unit', unit: 'deg' });
    else if (m[3]) tokens.push({ t: 'unit', unit: 'min' });
    else if (m[4]) tokens.push({ t: 'unit', unit: 'sec' });
    else if (m[5]) tokens.push({ t: 'sep' });
    else if (m[7]) {
      const word = m[7].toLowerCase();
      const prev = tokens[tokens.length - 1];
      if (UNIT_WORDS[word] === 'deg' && prev?.t === 'label') continue; // "vĩ độ", "kinh độ"
      if (HEMISPHERES[word]) {
        const [axis, sign] = HEMISPHERES[word];
        tokens.push({ t: 'hemi', axis, sign, raw: m[7] });
      } else if (UNIT_WORDS[word]) tokens.push({ t: 'unit', unit: UNIT_WORDS[word] });
      else if (LABELS[word]) tokens.push({ t: 'label', axis: LABELS[word] });
      else return { unreadable: m[7] };
    } else if (m[8]) return { unreadable: m[8] };
  }
  return tokens;
}

interface Group {
  nums: Array<{ v: number; raw: string; unit?: Unit }>;
  hemi?: { axis: Axis; sign: 1 | -1; raw: string };
  label?: Axis;
  prefixHemi: boolean;
}

const newGroup = (): Group => ({ nums: [], prefixHemi: false });

function groupTokens(tokens: Token[]): Group[] {
  const groups: Group[] = [];
  let cur = newGroup();
  const close = () => {
    if (cur.nums.length > 0) groups.push(cur);
    cur = newGroup();
  };
  const plain = tokens.every((tk) => tk.t === 'num');
  if (plain && [2, 4, 6].includes(tokens.length)) {
    // Bare numbers: "14.35 108.0005", "14 21 108 0", "14 21 0 108 0 30".
    const half = tokens.length / 2;
    return [tokens.slice(0, half), tokens.slice(half)].map((part) => ({
      nums: part.map((tk) => (tk.t === 'num' ? { v: tk.v, raw: tk.raw } : { v: NaN, raw: '' })),
      prefixHemi: false,
    }));
  }
  tokens.forEach((tk, i) => {
    switch (tk.t) {
      case 'sep':
        close();
        return;
      case 'label':
        if (cur.nums.length > 0) close();
        cur.label = tk.axis;
        return;
      case 'hemi':
        if (cur.nums.length === 0 && !cur.hemi) {
          cur.hemi = tk;
          cur.prefixHemi = true;
        } else if (cur.prefixHemi) {
          close();
          cur.hemi = tk;
          cur.prefixHemi = true;
        } else {
          cur.hemi = tk;
          close();
        }
        return;
      case 'num': {
        const last = cur.nums[cur.nums.length - 1];
        const next = tokens[i + 1];
        const startsDegrees = next?.t === 'unit' && next.unit === 'deg';
        if (cur.nums.length === 3 || last?.unit === 'sec' || (startsDegrees && cur.nums.length > 0)) close();
        cur.nums.push({ v: tk.v, raw: tk.raw });
        return;
      }
      case 'unit': {
        const last = cur.nums[cur.nums.length - 1];
        if (last && !last.unit) last.unit = tk.unit;
        else cur.nums.push({ v: NaN, raw: tk.unit, unit: tk.unit }); // a unit with no number: unreadable
        return;
      }
    }
  });
  close();
  return groups;
}

function groupValue(g: Group): { value: number } | ParsedCoordinates {
  const text = g.nums.map((n) => n.raw).join(' ');
  if (g.nums.some((n) => Number.isNaN(n.v))) return fail('unreadable', { text });
  const order: Unit[] = ['deg', 'min', 'sec'];
  let expected = 0;
  for (const n of g.nums) {
    const at = n.unit ? order.indexOf(n.unit) : expected;
    if (at < expected) return fail('unit_order', { text });
    expected = at + 1;
    n.unit = order[at];
  }
  const part = (u: Unit) => g.nums.find((n) => n.unit === u);
  const [d, m, sec] = [part('deg'), part('min'), part('sec')];
  if (!d) return fail('unit_order', { text });
  if (m && !(m.v >= 0 && m.v < 60)) return fail('minutes_range', { value: m.v });
  if (sec && !(sec.v >= 0 && sec.v < 60)) return fail('seconds_range', { value: sec.v });
  if ((m && !Number.isInteger(d.v)) || (sec && m && !Number.isInteger(m.v)))
    return fail('unit_order', { text });
  const negative = d.raw.startsWith('-');
  if (negative && g.hemi) return fail('sign_conflict', { text: `${text} ${g.hemi.raw}` });
  const magnitude = Math.abs(d.v) + (m?.v ?? 0) / 60 + (sec?.v ?? 0) / 3600;
  return { value: (negative ? -1 : 1) * (g.hemi?.sign ?? 1) * magnitude };
}

function parseDegrees(text: string): ParsedCoordinates {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return fail('unreadable', { text: tokens.unreadable });
  if (tokens.every((tk) => tk.t === 'num') && ![2, 4, 6].includes(tokens.length)) {
    return fail(tokens.length < 2 ? 'count' : 'number_count', { count: tokens.length });
  }
  const groups = groupTokens(tokens);
  if (groups.length !== 2) return fail('count', { count: groups.length });
  const values: number[] = [];
  for (const g of groups) {
    const v = groupValue(g);
    if ('ok' in v) return v;
    values.push(v.value);
  }
  const axes = groups.map((g) => g.hemi?.axis ?? g.label);
  let axesFrom: 'letters' | 'values' | 'order' = 'letters';
  if (axes[0] && axes[1] && axes[0] === axes[1]) return fail('same_axis', { axis: axes[0] });
  if (axes[0] || axes[1]) {
    const known = axes[0] ?? (axes[1] === 'lat' ? 'lon' : 'lat');
    axes[0] = known;
    axes[1] = known === 'lat' ? 'lon' : 'lat';
  } else if (Math.abs(values[0]!) > 90 !== Math.abs(values[1]!) > 90) {
    axesFrom = 'values';
    axes[0] = Math.abs(values[0]!) > 90 ? 'lon' : 'lat';
    axes[1] = axes[0] === 'lat' ? 'lon' : 'lat';
  } else {
    axesFrom = 'order';
    axes[0] = 'lat';
    axes[1] = 'lon';
  }
  const lat = axes[0] === 'lat' ? values[0]! : values[1]!;
  const lon = axes[0] === 'lon' ? values[0]! : values[1]!;
  if (Math.abs(lat) > 90) return fail('latitude_range', { value: lat });
  if (Math.abs(lon) > 180) return fail('longitude_range', { value: lon });
  const kind = groups.some((g) => g.nums.length > 1) ? 'dms' : 'decimal-degrees';
  return { ok: true, kind, lat, lon, position: [lon, lat], axesFrom };
}

/**
 * Reads typed coordinates. `gridCrs` is the project's working CRS (a VN-2000 TM-3 zone): typed grid metres are
 * taken in it and also given as lon/lat.
 */
export function parseCoordinates(text: string, options: { gridCrs?: string } = {}): ParsedCoordinates {
  const t = normaliseSymbols(text);
  if (t === '') return fail('empty');
  return parseGrid(t, options.gridCrs) ?? parseDegrees(t);
}

// ---- display -------------------------------------------------------------------------------------------

const HEMI_LABEL: Record<Lang, Record<Axis, [string, string]>> = {
  vi: { lat: ['B', 'Nam'], lon: ['Đ', 'T'] },
  en: { lat: ['N', 'S'], lon: ['E', 'W'] },
};

/** 14.35 → "14°21′00,0″ B" (vi) or "14°21′00.0″ N" (en); rounding carries into minutes and degrees. */
export function formatDms(value: number, axis: Axis, lang: Lang, secondDecimals = 1): string {
  const f = 10 ** secondDecimals;
  const units = Math.round(Math.abs(value) * 3600 * f);
  const deg = Math.floor(units / (3600 * f));
  const min = Math.floor((units - deg * 3600 * f) / (60 * f));
  const sec = (units - deg * 3600 * f - min * 60 * f) / f;
  const secText = sec.toFixed(secondDecimals).padStart(secondDecimals > 0 ? secondDecimals + 3 : 2, '0');
  const [pos, neg] = HEMI_LABEL[lang][axis];
  const hemi = value < 0 && units > 0 ? neg : pos;
  return `${deg}°${String(min).padStart(2, '0')}′${lang === 'vi' ? secText.replace('.', ',') : secText}″ ${hemi}`;
}

/** "14°21′00,0″ B, 108°00′30,0″ Đ": latitude first, as written on Vietnamese maps. */
export function formatLatLonDms(position: Position, lang: Lang, secondDecimals = 1): string {
  return `${formatDms(position[1], 'lat', lang, secondDecimals)}, ${formatDms(position[0], 'lon', lang, secondDecimals)}`;
}

/** Grid metres the surveyors' way: "X = 1587580,44 m; Y = 553787,12 m" (vi) — northing first. */
export function formatGridXY(northing: number, easting: number, lang: Lang, decimals = 2): string {
  const n = (v: number) => (lang === 'vi' ? v.toFixed(decimals).replace('.', ',') : v.toFixed(decimals));
  return `X = ${n(northing)} m; Y = ${n(easting)} m`;
}
