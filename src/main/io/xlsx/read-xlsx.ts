// XLSX with exceljs (never npm's xlsx: field spreadsheets are untrusted input). First sheet unless named;
// row 1 is the heading row.
import path from 'node:path';
import type ExcelJS from 'exceljs';

// exceljs is large: loaded only when a workbook is read or written, not at every start.
const loadExcel = async () => (await import('exceljs')).default;
import type { FieldValue, SourceData } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';
import { tableToSource } from '../table-records';

export function cellValue(v: ExcelJS.CellValue): FieldValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.normalize('NFC');
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .normalize('NFC');
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text).normalize('NFC');
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readXlsx(
  file: string,
  options: { sheet?: string; crs?: string } = {},
): Promise<SourceData> {
  const name = path.basename(file);
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError(name, readError('xlsx_unreadable', { detail: (e as Error).message }));
  }
  const ws = options.sheet ? wb.getWorksheet(options.sheet) : wb.worksheets[0];
  if (!ws)
    throw new InputError(
      name,
      options.sheet ? readError('no_sheet', { sheet: options.sheet }) : readError('no_sheets'),
    );
  const headerRow = ws.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++)
    headers.push(String(cellValue(headerRow.getCell(c).value) ?? `column ${c}`));
  if (headers.length < 2) throw new InputError(name, readError('no_heading', { sheet: ws.name }));
  const rows: FieldValue[][] = [];
  const rowNumbers: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = headers.map((_h, c) => cellValue(row.getCell(c + 1).value));
    if (values.some((v) => v !== null && v !== '')) {
      rows.push(values);
      rowNumbers.push(r);
    }
  }
  return tableToSource(
    { file: `${name}/${ws.name}`, layer: ws.name, headers, rows, rowNumbers, warnings: [] },
    options,
  );
}
