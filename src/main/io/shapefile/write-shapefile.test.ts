import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeShapefile } from './write-shapefile';
import type { ExportStream } from '../records';
import { streamOf } from '../records';

const data = (n: number, text = 'Cầu Đắk Bla'): ExportStream =>
  streamOf({
    layer: 'bridges',
    title: 'Cầu',
    crs: 'EPSG:9216',
    fields: [{ name: 'name', kind: 'text', vi: 'Tên', en: 'Name', maxLength: 200 }],
    records: Array.from({ length: n }, (_, i) => ({
      geometry: { type: 'Point', coordinates: [550000 + i, 1587000] },
      attributes: { name: text },
    })),
  });

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shp-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('writeShapefile', () => {
  it('refuses, leaving nothing behind, when a part would pass the size limit', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'cau.shp');
    // 2 GB in production; a small limit here exercises the same check.
    await expect(writeShapefile(out, data(100), 1, 2000)).rejects.toThrow(
      /cau\.(shp|dbf) would be .* limited to 2 GB.*GeoPackage/u,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('cuts text longer than a DBF field at a character boundary and says so', async () => {
    const dir = tempDir();
    const long = 'Ổ gà, nứt mai rùa '.repeat(30);
    const r = await writeShapefile(path.join(dir, 'cau.shp'), data(2, long), 1);
    expect(r.warnings.map((w) => w.text)).toEqual([
      expect.stringMatching(/2 value\(s\) of name were longer than a DBF text field/u),
    ]);
    const dbf = fs.readFileSync(path.join(dir, 'cau.dbf'));
    expect(dbf.readUInt16LE(10)).toBe(1 + 254); // deletion flag + one 254-byte text field
    const field = dbf.subarray(dbf.readUInt16LE(8) + 1, dbf.readUInt16LE(8) + 255);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(field); // throws if a character was split
    expect(long.startsWith(text.trimEnd())).toBe(true);
    expect(text.trimEnd().length).toBeGreaterThan(150);
  });
});
