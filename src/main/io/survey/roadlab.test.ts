// RoadLab Pro interval files written here in the shapes the app and its re-exports produce.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRoadLabFile } from './read-survey';
import { readRoadLab } from './roadlab';
import { readSurveyCsvBytes } from './survey-table';

const BOM = '\ufeff';
const tmp = (name: string, text: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadlab-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('RoadLab Pro v2 intervals (semicolons, decimal commas, BOM, misspelt heading)', () => {
  // The iOS build writes lower case; one build spells "Latidude". Row 4 has no roughness (the app leaves it
  // empty below its speed limit), row 5 a garbled longitude, row 6 latitude and longitude swapped.
  const csv = [
    'time;interval_start_latidude;interval_start_longitude;interval_end_latitude;interval_end_longitude;interval_length;roughness;suspension_type',
    '10:35:12 2026-October-05;14,354500;108,000500;14,354590;108,000500;10,0;2,35;hard-medium',
    '10:35:13 2026-October-05;14,354590;108,000500;14,354680;108,000510;10,0;3,10;hard-medium',
    '10:35:14 2026-October-05;14,354680;108,000510;14,354770;108,000520;10,0;;hard-medium',
    '10:35:15 2026-October-05;14,354770;108,0005x0;14,354860;108,000530;10,0;2,80;hard-medium',
    '10:35:16 2026-October-05;108,000530;14,354860;108,000540;14,354950;10,0;2,90;hard-medium',
  ].join('\r\n');
  const read = readRoadLab(readSurveyCsvBytes('Intervals_QL14.csv', new TextEncoder().encode(BOM + csv)));

  it('reads the good rows with their positions, length, IRI and time', () => {
    expect(read.intervals).toEqual([
      {
        row: 2,
        start: [108.0005, 14.3545],
        end: [108.0005, 14.35459],
        lengthM: 10,
        iri: 2.35,
        surveyedAt: '2026-10-05T10:35:12',
      },
      {
        row: 3,
        start: [108.0005, 14.35459],
        end: [108.00051, 14.35468],
        lengthM: 10,
        iri: 3.1,
        surveyedAt: '2026-10-05T10:35:13',
      },
    ]);
  });

  it('names the file, row and heading of every bad row, and reads none of them', () => {
    expect(read.problems.map((p) => p.text)).toEqual([
      'Intervals_QL14.csv, row 4, field roughness: empty',
      'Intervals_QL14.csv, row 5, field interval_start_longitude: "108,0005x0" is not a number',
      'Intervals_QL14.csv, row 6, field interval_start_latidude: 108.00053 is not a latitude (−90…90)',
      'Intervals_QL14.csv, row 6, field interval_end_latitude: 108.00054 is not a latitude (−90…90)',
    ]);
  });
});

describe('RoadLab Pro v1 intervals and re-exports', () => {
  it('reads the v1 headings (start_lat, iri) with comma separators and decimal points', async () => {
    const file = tmp(
      'Intervals_DT671.csv',
      'time,start_lat,start_lon,end_lat,end_lon,iri,speed\n' +
        '08:01:00 2025-March-17,14.60001,107.90002,14.60010,107.90003,4.125,38.5\n',
    );
    const read = await readRoadLabFile(file);
    expect(read.problems).toEqual([]);
    expect(read.intervals).toEqual([
      {
        row: 2,
        start: [107.90002, 14.60001],
        end: [107.90003, 14.6001],
        iri: 4.125,
        speedKmh: 38.5,
        surveyedAt: '2025-03-17T08:01:00',
      },
    ]);
  });

  it('reads "Survey date and time" re-exports with mixed-case headings', () => {
    const csv =
      'Road Code,Survey date and time,Interval_Start_Latitude,Interval_Start_Longitude,Interval_End_Latitude,Interval_End_Longitude,Roughness\n' +
      'QL14,2024-11-02 09:00:00,14.1,108.1,14.1001,108.1,5.5\n';
    const read = readRoadLab(readSurveyCsvBytes('RoadIntervals_1.csv', new TextEncoder().encode(csv)));
    expect(read.intervals).toMatchObject([{ row: 2, iri: 5.5, surveyedAt: '2024-11-02T09:00:00' }]);
  });

  it('rejects a file without the columns it needs, listing each missing one', () => {
    const csv = 'time,start_lat,start_lon,end_lat,speed\n08:01:00 2025-March-17,14.6,107.9,14.6001,40\n';
    const read = readRoadLab(readSurveyCsvBytes('RoadPath_1.csv', new TextEncoder().encode(csv)));
    expect(read.intervals).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.params.what, p.row])).toEqual([
      ['missing_column', 'end longitude', undefined],
      ['missing_column', 'roughness (IRI)', undefined],
    ]);
  });

  it('rejects impossible IRI and dates', () => {
    const csv =
      'time,start_lat,start_lon,end_lat,end_lon,iri\n' +
      '08:01:00 2025-March-17,14.6,107.9,14.6001,107.9,-1\n' +
      '08:01:01 2025-Mars-17,14.6,107.9,14.6001,107.9,80\n';
    const read = readRoadLab(readSurveyCsvBytes('x.csv', new TextEncoder().encode(csv)));
    expect(read.intervals).toEqual([]);
    expect(read.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'iri', 'below_min'],
      [3, 'iri', 'above_max'],
      [3, 'time', 'not_date'],
    ]);
  });
});
