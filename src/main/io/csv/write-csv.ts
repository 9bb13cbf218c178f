// CSV for spreadsheets: UTF-8 with BOM (Excel then reads Vietnamese right), headings for people, CRLF rows.
// Written a page at a time to a temporary file renamed at the end, so a failed export leaves nothing behind.
import { writeFileAtomically } from '../chunked-file';
import type { RecordStream } from '../records';
import { tableColumns } from '../table-columns';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n;]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const encoder = new TextEncoder();

/** Returns how many records were written. */
export function writeCsv(out: string, data: RecordStream, lang: 'vi' | 'en' = 'vi'): Promise<number> {
  const cols = tableColumns(data, lang);
  return writeFileAtomically(out, async (file) => {
    let count = 0;
    file.write(encoder.encode(`\uFEFF${cols.map((c) => cell(c.heading)).join(',')}\r\n`));
    for await (const page of data.pages()) {
      const lines = page.map((r) => `${cols.map((c) => cell(c.value(r))).join(',')}\r\n`);
      file.write(encoder.encode(lines.join('')));
      count += page.length;
    }
    return count;
  });
}
