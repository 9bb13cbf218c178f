// Generic survey workbooks written here with exceljs, read back through a column mapping.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readSurveyFile, readSurveyTable, suggestSurveyMapping } from './read-survey';
import type { SurveyColumnMapping } from './survey-columns';

async function workbook(name: string, rows: Array<Array<string | number | Date | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khảo sát');
  for (const r of rows) ws.addRow(r);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'survey-')), name);
  await wb.xlsx.writeFile(file);
  return file;
}

const HEAD = ['Tuyến', 'Từ Km', 'Đến Km', 'IRI (m/km)', 'Nứt (%)', 'Ngày khảo sát', 'Chiều', 'Kết cấu mặt'];
const mapping: SurveyColumnMapping = {
  route: 'Tuyến',
  from: 'Từ Km',
  to: 'Đến Km',
  iri: 'IRI (m/km)',
  crackingPct: 'Nứt (%)',
  date: 'Ngày khảo sát',
  direction: 'Chiều',
  surface: 'Kết cấu mặt',
};

describe('a survey workbook read through a column mapping', () => {
  it('suggests the mapping from Vietnamese headings', async () => {
    const file = await workbook('ks.xlsx', [HEAD]);
    const table = await readSurveyTable(file);
    expect(suggestSurveyMapping(table.headers)).toEqual(mapping);
  });

  it('reads chainages written as Km+m, metres and km text, dates and coded values', async () => {
    const file = await workbook('ks.xlsx', [
      HEAD,
      ['QL14', 'Km 12+350', 'Km 12+450', 3.2, 4, '05/10/2026', 'xuôi', 'BTN'],
      ['Quốc lộ 14', 12450, 12550, '3,6', null, new Date(Date.UTC(2026, 9, 5)), 'Ngược', 'Bê tông nhựa'],
    ]);
    const read = await readSurveyFile(file, mapping);
    expect(read.problems).toEqual([]);
    expect(read.intervals).toEqual([
      {
        row: 2,
        routeCode: 'QL.14',
        fromChainage: 12350,
        toChainage: 12450,
        iri: 3.2,
        crackingPct: 4,
        surveyedAt: '2026-10-05',
        direction: 'xuoi',
        surfaceType: 'btn',
      },
      {
        row: 3,
        routeCode: 'QL.14',
        fromChainage: 12450,
        toChainage: 12550,
        iri: 3.6,
        surveyedAt: '2026-10-05T00:00:00',
        direction: 'nguoc',
        surfaceType: 'btn',
      },
    ]);
  });

  it('reads plain numbers as km when told so', async () => {
    const file = await workbook('km.xlsx', [
      ['Tuyến', 'Từ', 'Đến', 'IRI'],
      ['ĐT.671', 12.35, 12.45, 5],
    ]);
    const read = await readSurveyFile(file, {
      route: 'Tuyến',
      from: 'Từ',
      to: 'Đến',
      iri: 'IRI',
      chainageUnit: 'km',
    });
    expect(read.intervals).toMatchObject([{ fromChainage: 12350, toChainage: 12450 }]);
  });

  it('gives row-level errors for wrong values and reads none of those rows', async () => {
    const file = await workbook('sai.xlsx', [
      HEAD,
      ['QL.14', 'Km 1+000', 'Km 1+100', 'abc', 2, '2026-10-05', 'xuôi', 'BTN'],
      ['QL.14', 'Km 1+100', 'Km 1+200', 70, 2, '2026-10-05', 'xuôi', 'BTN'],
      ['QL.14', 'Km 1+200', 'Km 1+300', 3, 2, '31/02/2026', 'lên dốc', 'nhựa đường'],
      ['QL.14', null, 'Km 1+400', 3, 2, '2026-10-05', 'xuôi', 'BTN'],
      ['QL.14', 'Km 1+400', 'Km 1+500', 3, 2, '2026-10-05', 'xuôi', 'BTN'],
    ]);
    const read = await readSurveyFile(file, mapping);
    expect(read.intervals.map((i) => i.row)).toEqual([6]);
    expect(read.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'IRI (m/km)', 'not_number'],
      [3, 'IRI (m/km)', 'above_max'],
      [4, 'Ngày khảo sát', 'not_date'],
      [4, 'Chiều', 'not_in_list'],
      [4, 'Kết cấu mặt', 'not_in_list'],
      [5, 'Từ Km', 'missing_value'],
    ]);
    expect(read.problems[0]!.text).toBe('sai.xlsx/Khảo sát, row 2, field IRI (m/km): "abc" is not a number');
  });

  it('lands nothing when a mapped column is missing from the file', async () => {
    const file = await workbook('thieu.xlsx', [
      ['Tuyến', 'Từ Km', 'Đến Km', 'IRI'],
      ['QL.14', 'Km 1+000', 'Km 1+100', 3],
    ]);
    const read = await readSurveyFile(file, {
      route: 'Tuyến',
      from: 'Từ Km',
      to: 'Đến Km',
      iri: 'IRI',
      lane: 'Làn',
    });
    expect(read.intervals).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.params, p.row])).toEqual([
      ['missing_column', { what: 'lane', expected: 'Làn' }, undefined],
    ]);
  });

  it('reads a CSV located by GPS columns, with semicolons and decimal commas', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'survey-')), 'gps.csv');
    fs.writeFileSync(
      file,
      'Vĩ độ đầu;Kinh độ đầu;Vĩ độ cuối;Kinh độ cuối;IRI;Làn\n' +
        '14,3545;108,0005;14,3554;108,0006;3,5;1\n' +
        '14,3554;108,0006;;108,0007;4,1;1\n' +
        '14,3563;108,0007;14,3572;108,0008;4,4;0\n',
    );
    const read = await readSurveyFile(file, {
      startLat: 'Vĩ độ đầu',
      startLon: 'Kinh độ đầu',
      endLat: 'Vĩ độ cuối',
      endLon: 'Kinh độ cuối',
      iri: 'IRI',
      lane: 'Làn',
    });
    expect(read.intervals).toEqual([
      { row: 2, start: [108.0005, 14.3545], end: [108.0006, 14.3554], iri: 3.5, lane: 1 },
    ]);
    expect(read.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'Vĩ độ cuối', 'missing_value'],
      [4, 'Làn', 'below_min'],
    ]);
  });

  it('needs a location: chainage columns or GPS columns', async () => {
    const file = await workbook('no-loc.xlsx', [
      ['IRI', 'Ngày'],
      [3, '2026-10-05'],
    ]);
    const read = await readSurveyFile(file, { iri: 'IRI', date: 'Ngày' });
    expect(read.problems.map((p) => p.code)).toEqual(['no_location_columns']);
  });
});
