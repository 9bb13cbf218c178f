// A survey file as a plain table: headings, cells and the row number a person sees. CSV in UTF-8 (with or
// without BOM) or CP1258, separated by commas, semicolons or tabs; XLSX through exceljs (first sheet unless
// named). Numbers in CSV keep their text: whether "14,35" is a decimal comma is decided per file. A row
// with more or fewer cells than the heading is kept as it is: the reader reports it for that row.
import fs from 'node:fs';
import path from 'node:path';
import { readError } from '../../../domain/assets/read-errors';
import { decodeText, detectEncoding } from '../encoding';
import { splitDelimited } from './delimited';
import type { FieldValue } from '../records';
import { InputError } from '../records';
import { cellValue } from '../xlsx/read-xlsx';

export interface SurveyTable {
  /** The file as a person named it (and the sheet, for a workbook). */
  file: string;
  headers: string[];
  rows: FieldValue[][];
  rowNumbers: number[];
  /** The decimal mark of numbers written as text. */
  decimalMark: '.' | ',';
}

/** ',' when the file separates fields otherwise and writes its decimals with commas. */
function detectDecimalMark(rows: readonly FieldValue[][], delimiter: string): '.' | ',' {
  if (delimiter === ',') return '.';
  let comma = 0;
  let point = 0;
  for (const row of rows.slice(0, 200))
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      if (/^-?\d+,\d+$/u.test(cell.trim())) comma++;
      else if (/^-?\d+\.\d+$/u.test(cell.trim())) point++;
    }
  return comma > point ? ',' : '.';
}

/** UTF-8 in one pass when the bytes are UTF-8 (survey apps write it); otherwise the project's detection. */
function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeText(bytes, detectEncoding(bytes).encoding);
  }
  // Only text beyond printable ASCII can need composing (NFC); a 5 MB survey of digits skips the pass.
  return /[^ -~\t\r\n]/u.test(text) ? text.normalize('NFC') : text;
}

export function readSurveyCsvBytes(name: string, input: Uint8Array): SurveyTable {
  let bytes = input;
  if (bytes.length === 0) throw new InputError(name, readError('empty'));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const text = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const delimiter = [';', '\t', ','].sort(
    (a, b) => firstLine.split(b).length - firstLine.split(a).length,
  )[0]!;
  const { records, lines } = splitDelimited(text, delimiter);
  const [head, ...body] = records;
  if (!head || head.length < 2) throw new InputError(name, readError('no_heading'));
  // Empty cells become null in place: a 50,000-row survey is not copied a second time.
  const rows = body as FieldValue[][];
  for (const r of rows) for (let c = 0; c < r.length; c++) if (r[c] === '') r[c] = null;
  return {
    file: name,
    headers: head.map((h) => h.normalize('NFC')),
    rows,
    rowNumbers: lines.slice(1),
    decimalMark: detectDecimalMark(rows, delimiter),
  };
}

export function readSurveyCsv(file: string): SurveyTable {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new InputError(name, readError('not_found', { path: file }));
  return readSurveyCsvBytes(name, new Uint8Array(fs.readFileSync(file)));
}

export async function readSurveyXlsx(file: string, sheet?: string): Promise<SurveyTable> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new InputError(name, readError('not_found', { path: file }));
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError(name, readError('xlsx_unreadable', { detail: (e as Error).message }));
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new InputError(name, sheet ? readError('no_sheet', { sheet }) : readError('no_sheets'));
  const headers: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++)
    headers.push(String(cellValue(ws.getRow(1).getCell(c).value) ?? ''));
  if (headers.filter((h) => h.trim() !== '').length < 2)
    throw new InputError(name, readError('no_heading', { sheet: ws.name }));
  const rows: FieldValue[][] = [];
  const rowNumbers: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = headers.map((_h, c) => {
      const v = cellValue(row.getCell(c + 1).value);
      return typeof v === 'string' && v.trim() === '' ? null : v;
    });
    if (values.some((v) => v !== null)) {
      rows.push(values);
      rowNumbers.push(r);
    }
  }
  return { file: `${name}/${ws.name}`, headers, rows, rowNumbers, decimalMark: detectDecimalMark(rows, ';') };
}
