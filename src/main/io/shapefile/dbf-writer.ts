// dBASE III .dbf writer with UTF-8 text (declared by the .cpg), typed numbers (N) and dates (D).
import type { ExportField, FieldValue } from '../records';

export interface DbfField {
  name: string;
  source: string;
  type: 'C' | 'N' | 'D';
  width: number;
  decimals: number;
}

const encoder = new TextEncoder();

export function dbfFields(fields: readonly ExportField[], shortNames: Map<string, string>): DbfField[] {
  return fields.map((f) => {
    const name = shortNames.get(f.name)!;
    switch (f.kind) {
      case 'integer':
        return { name, source: f.name, type: 'N', width: 10, decimals: 0 };
      case 'real':
        return { name, source: f.name, type: 'N', width: 24, decimals: 6 };
      case 'date':
        // Timestamps keep their time: ISO text (dBASE III dates have no time of day).
        return { name, source: f.name, type: 'C', width: 24, decimals: 0 };
      default:
        return {
          name,
          source: f.name,
          type: 'C',
          width: Math.min(254, Math.max(1, (f.maxLength ?? 80) * 3)),
          decimals: 0,
        };
    }
  });
}

export function dbfHeader(fields: readonly DbfField[], records: number, now: Date): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.width, 0);
  const b = new Uint8Array(headerLength);
  const v = new DataView(b.buffer);
  v.setUint8(0, 0x03);
  v.setUint8(1, now.getUTCFullYear() - 1900);
  v.setUint8(2, now.getUTCMonth() + 1);
  v.setUint8(3, now.getUTCDate());
  v.setUint32(4, records, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + i * 32;
    b.set(encoder.encode(f.name).subarray(0, 10), at);
    b[at + 11] = f.type.charCodeAt(0);
    b[at + 16] = f.width;
    b[at + 17] = f.decimals;
  });
  b[headerLength - 1] = 0x0d;
  return b;
}

export interface Truncation {
  field: string;
  bytes: number;
}

/** Writes ASCII text straight into the record; false if the text is not plain ASCII or does not fit. */
function writeAscii(text: string, into: Uint8Array, at: number, width: number): boolean {
  if (text.length > width) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return false;
    into[at + i] = c;
  }
  return true;
}

/**
 * Writes one record (deletion flag + fields) into `into` at `offset`, which must hold recordLength bytes.
 * Text is UTF-8, cut at a character boundary when it does not fit (recorded in `truncated`); numbers are
 * right-aligned, dates YYYYMMDD. Writing in place, not one array per field, keeps a 100k export out of the GC.
 */
export function writeDbfRecord(
  fields: readonly DbfField[],
  attrs: Record<string, FieldValue>,
  truncated: Truncation[],
  into: Uint8Array,
  offset: number,
): void {
  let at = offset + 1;
  into.fill(0x20, offset, offset + 1 + fields.reduce((n, f) => n + f.width, 0));
  for (const f of fields) {
    const value = attrs[f.source];
    if (value !== null && value !== undefined && value !== '') {
      if (f.type === 'N') {
        const n = Number(value);
        let text = f.decimals ? n.toFixed(f.decimals) : String(Math.round(n));
        if (text.length > f.width) text = n.toExponential(f.width - 7);
        writeAscii(text, into, at + f.width - text.length, text.length);
      } else if (f.type === 'D') {
        writeAscii(String(value).slice(0, 10).replaceAll('-', ''), into, at, f.width);
      } else {
        const text = String(value);
        if (!writeAscii(text, into, at, f.width)) {
          // encodeInto writes whole characters only: a cut never splits one.
          const { read } = encoder.encodeInto(text, into.subarray(at, at + f.width));
          if (read < text.length) truncated.push({ field: f.source, bytes: encoder.encode(text).length });
        }
      }
    }
    at += f.width;
  }
}
