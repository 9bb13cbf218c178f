// XLSX with exceljs (design.md §9): one sheet, bold frozen heading row, filters, typed numbers.

// exceljs is large: loaded only when a workbook is read or written, not at every start.
const loadExcel = async () => (await import('exceljs')).default;
import type { RecordStream } from '../records';
import { tableColumns } from '../table-columns';

/** Returns how many records were written. */
export async function writeXlsx(out: string, data: RecordStream, lang: 'vi' | 'en' = 'vi'): Promise<number> {
  const cols = tableColumns(data, lang);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'RoadGIS';
  const ws = wb.addWorksheet(data.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({
    header: c.heading,
    key: c.key,
    width: c.key === 'wkt' ? 60 : Math.min(40, Math.max(12, c.heading.length + 2)),
    style: c.kind === 'real' ? { numFmt: c.key === 'x' || c.key === 'y' ? '0.000' : '0.######' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  let count = 0;
  for await (const page of data.pages()) {
    for (const r of page) ws.addRow(Object.fromEntries(cols.map((c) => [c.key, c.value(r)])));
    count += page.length;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  await wb.xlsx.writeFile(out);
  return count;
}
