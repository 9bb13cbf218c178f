// Converts one imported value to the type a RoadGIS field wants, or says why it cannot.
import type { AttributeValue } from './attributes';
import type { ImportProblem } from './import-problems';
import { problem } from './import-problems';
import type { FieldDef } from './layers';
import { foldName } from './field-matching';
import { parseChainage } from '../location/chainage';

export type Converted = { ok: true; value: AttributeValue } | ({ ok: false } & ImportProblem);

/** "12,5" and "1.234,5" as Vietnamese spreadsheets write them; null for blank. */
export function toNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  let s = String(v)
    .trim()
    .replace(/[\s\u00a0]/gu, '');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(s)) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^-?\d+,\d+$/u.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * convertValue for one field of a whole file: each distinct coded value is converted once (a 100k-row file
 * repeats a handful of codes, and folding Vietnamese names per row cost 2 s of a 100k import).
 */
export function valueConverter(field: FieldDef): (raw: unknown) => Converted {
  if (field.kind !== 'coded') return (raw) => convertValue(field, raw);
  const seen = new Map<string, Converted>();
  return (raw) => {
    if (typeof raw !== 'string' || seen.size > 10_000) return convertValue(field, raw);
    let c = seen.get(raw);
    if (!c) seen.set(raw, (c = convertValue(field, raw)));
    return c;
  };
}

export function convertValue(field: FieldDef, raw: unknown): Converted {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return { ok: true, value: null };
  switch (field.kind) {
    case 'text':
      return { ok: true, value: String(raw).normalize('NFC').trim() };
    case 'coded': {
      const folded = foldName(String(raw));
      const hit = field.values?.find(
        (v) =>
          v.code.toLowerCase() === String(raw).trim().toLowerCase() ||
          foldName(v.vi) === folded ||
          foldName(v.en) === folded,
      );
      return hit
        ? { ok: true, value: hit.code }
        : {
            ok: false,
            ...problem('not_in_list', {
              value: String(raw),
              allowed: field.values?.map((v) => v.vi).join(', ') ?? '',
            }),
          };
    }
    case 'integer':
    case 'real': {
      let n = toNumber(raw);
      if (n === undefined && (field.name === 'chainage_m' || field.name === 'start_chainage_m'))
        n = parseChainage(String(raw)) ?? undefined;
      if (n === undefined) return { ok: false, ...problem('not_number', { value: String(raw) }) };
      if (n === null) return { ok: true, value: null };
      if (field.kind === 'integer' && !Number.isInteger(n))
        return { ok: false, ...problem('not_integer', { value: n }) };
      if (field.min !== undefined && n < field.min)
        return { ok: false, ...problem('below_min', { value: n, min: field.min }) };
      if (field.max !== undefined && n > field.max)
        return { ok: false, ...problem('above_max', { value: n, max: field.max }) };
      return { ok: true, value: n };
    }
    case 'date': {
      const d = new Date(String(raw));
      return Number.isNaN(d.getTime())
        ? { ok: false, ...problem('not_date', { value: String(raw) }) }
        : { ok: true, value: d.toISOString() };
    }
  }
}
