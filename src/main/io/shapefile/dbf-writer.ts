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

/** Cuts UTF-8 bytes to a width without splitting a character. */
function fitUtf8(bytes: Uint8Array, width: number): Uint8Array {
  if (bytes.length <= width) return bytes;
  let end = width;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

export interface Truncation {
  field: string;
  bytes: number;
}

export function dbfRecord(
  fields: readonly DbfField[],
  attrs: Record<string, FieldValue>,
  truncated: Truncation[],
): Uint8Array {
  const length = 1 + fields.reduce((n, f) => n + f.width, 0);
  const b = new Uint8Array(length).fill(0x20);
  let at = 1;
  for (const f of fields) {
    const value = attrs[f.source];
    if (value !== null && value !== undefined && value !== '') {
      let bytes: Uint8Array;
      if (f.type === 'N') {
        const n = Number(value);
        let text = f.decimals ? n.toFixed(f.decimals) : String(Math.round(n));
        if (text.length > f.width) text = n.toExponential(f.width - 7);
        bytes = encoder.encode(text.padStart(f.width, ' '));
      } else if (f.type === 'D') {
        bytes = encoder.encode(String(value).slice(0, 10).replaceAll('-', ''));
      } else {
        const full = encoder.encode(String(value));
        bytes = fitUtf8(full, f.width);
        if (bytes.length < full.length) truncated.push({ field: f.source, bytes: full.length });
      }
      b.set(bytes, at);
    }
    at += f.width;
  }
  return b;
}
