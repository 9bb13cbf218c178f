// CSV for spreadsheets: UTF-8 with BOM (Excel then reads Vietnamese right), headings for people, CRLF rows.
import fs from 'node:fs';
import type { ExportData } from '../records';
import { tableColumns } from '../table-columns';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n;]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function writeCsv(out: string, data: ExportData, lang: 'vi' | 'en' = 'vi'): void {
  const cols = tableColumns(data, lang);
  const lines = [cols.map((c) => cell(c.heading)).join(',')];
  for (const r of data.records) lines.push(cols.map((c) => cell(c.value(r))).join(','));
  fs.writeFileSync(out, `\uFEFF${lines.join('\r\n')}\r\n`);
}
