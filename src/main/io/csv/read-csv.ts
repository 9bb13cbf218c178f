// CSV in any of the shapes planners send: comma, semicolon or tab separated; UTF-8 (with or without BOM) or
// CP1258; a heading row. Ragged rows are errors that name the row.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Notice } from '../../../domain/assets/interchange-notices';
import type { TextEncodingName } from '../encoding';
import { decodeText, detectEncoding } from '../encoding';
import type { SourceData } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';
import { tableToSource } from '../table-records';

export function readCsv(
  file: string,
  options: { encoding?: TextEncodingName; crs?: string } = {},
): SourceData {
  const name = path.basename(file);
  let bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length === 0) throw new InputError(name, readError('empty'));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const warnings: Notice[] = [];
  let encoding = options.encoding;
  if (!encoding) {
    const detected = detectEncoding(bytes);
    encoding = detected.encoding;
    if (detected.warning) warnings.push(detected.warning);
  }
  const text = decodeText(bytes, encoding);
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const delimiter = [',', ';', '\t'].sort(
    (a, b) => firstLine.split(b).length - firstLine.split(a).length,
  )[0]!;
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, {
      delimiter,
      relax_quotes: false,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new InputError(
      name,
      readError('csv_ragged', { detail: err.message.replace(/^Invalid Record Length: /u, '') }),
      err.lines,
    );
  }
  const [head, ...body] = rows;
  const headers = head?.record;
  if (!headers || headers.length < 2) throw new InputError(name, readError('no_heading'));
  return tableToSource(
    {
      file: name,
      layer: path.basename(file, path.extname(file)),
      headers,
      rows: body.map((r) => r.record.map((c) => (c === '' ? null : c))),
      rowNumbers: body.map((r) => r.info.lines),
      warnings,
      encoding,
    },
    options,
  );
}
