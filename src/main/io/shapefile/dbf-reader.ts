// Reads a dBASE (.dbf) table from its bytes. Text is sliced out of the record bytes and decoded by the
// platform's TextDecoder (the `shapefile` package decodes through a JavaScript polyfill, which took 7.5 s of a
// 100k-road import); trailing blanks are cut before decoding, non-ASCII text is composed to NFC.
import type { TextEncodingName } from '../encoding';
import { decodeText } from '../encoding';
import type { FieldValue, SourceField } from '../records';

export interface DbfField extends SourceField {
  /** dBASE type letter (C, N, F, D, L, …). */
  code: string;
  offset: number;
  length: number;
}

export interface DbfTable {
  fields: DbfField[];
  count: number;
  headerLength: number;
  recordLength: number;
}

function fieldType(code: string, decimals: number): SourceField['type'] {
  if (code === 'D') return 'date';
  if (code === 'L') return 'boolean';
  if (code === 'N' || code === 'F' || code === 'B') return decimals ? 'real' : 'integer';
  return 'text';
}

export function readDbfHeader(dbf: Uint8Array, encoding: TextEncodingName): DbfTable {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const fields: DbfField[] = [];
  let offset = 1; // byte 0 of a record is its deletion flag
  for (let at = 32; at + 32 <= dbf.length && dbf[at] !== 0x0d; at += 32) {
    let end = at;
    while (end < at + 11 && dbf[end] !== 0) end++;
    const code = String.fromCharCode(dbf[at + 11]!);
    const length = dbf[at + 16]!;
    fields.push({
      name: decodeText(dbf.subarray(at, end), encoding),
      type: fieldType(code, dbf[at + 17]!),
      code,
      offset,
      length,
    });
    offset += length;
  }
  return {
    fields,
    count: view.getUint32(4, true),
    headerLength: view.getUint16(8, true),
    recordLength: view.getUint16(10, true),
  };
}

function isBlank(b: number): boolean {
  return b === 0x20 || b === 0x00;
}

/** Decodes text fields; ASCII takes a fast path (no decoder, no normalisation needed). */
function textDecoder(encoding: TextEncodingName): (bytes: Uint8Array, start: number, end: number) => string {
  const legacy = encoding === 'tcvn3' || encoding === 'vni';
  const decoder = legacy ? null : new TextDecoder(encoding);
  const utf8 = encoding === 'utf-8';
  return (bytes, start, end) => {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    if (!decoder) return decodeText(bytes.subarray(start, end), encoding);
    const text =
      utf8 && typeof Buffer !== 'undefined'
        ? Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8')
        : decoder.decode(bytes.subarray(start, end));
    return text.normalize('NFC');
  };
}

/** Reads records one at a time by index (a shapefile import decodes each row as it prepares it). */
export class DbfRecords {
  private readonly decode: ReturnType<typeof textDecoder>;

  constructor(
    private readonly dbf: Uint8Array,
    readonly table: DbfTable,
    encoding: TextEncodingName,
  ) {
    this.decode = textDecoder(encoding);
  }

  deleted(r: number): boolean {
    return this.dbf[this.table.headerLength + r * this.table.recordLength] === 0x2a;
  }

  /**
   * Record r's values keyed by field name: text trimmed (blank → null), numbers parsed (blank or unreadable →
   * null), dates as YYYY-MM-DD (blank → null), logicals 1/0/null.
   */
  values(r: number): Record<string, FieldValue> {
    const { dbf, decode } = this;
    const base = this.table.headerLength + r * this.table.recordLength;
    const values: Record<string, FieldValue> = {};
    for (const f of this.table.fields) {
      let start = base + f.offset;
      let end = start + f.length;
      while (end > start && isBlank(dbf[end - 1]!)) end--;
      while (start < end && dbf[start] === 0x20) start++;
      if (start === end) {
        values[f.name] = null;
        continue;
      }
      if (f.type === 'text') values[f.name] = decode(dbf, start, end);
      else if (f.type === 'integer' || f.type === 'real') {
        const n = Number(decode(dbf, start, end));
        values[f.name] = Number.isFinite(n) ? n : null;
      } else if (f.type === 'date') {
        const t = decode(dbf, start, end);
        values[f.name] =
          /^\d{8}$/u.test(t) && t !== '00000000'
            ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`
            : null;
      } else {
        const c = String.fromCharCode(dbf[start]!).toUpperCase();
        values[f.name] = 'TY'.includes(c) ? 1 : 'FN'.includes(c) ? 0 : null;
      }
    }
    return values;
  }
}
