import { describe, expect, it } from 'vitest';
import { splitDelimited } from './delimited';
import { readRoadLab } from './roadlab';
import { readSurveyCsvBytes } from './survey-table';

describe('splitDelimited', () => {
  it('splits plain, quoted and escaped fields with the line each record starts on', () => {
    const text = 'a;b;c\r\n1; 2 ;"x;y"\r\n\r\n"say ""hi""";"two\nlines";3\n;;\n4;5;6';
    expect(splitDelimited(text, ';')).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['1', '2', 'x;y'],
        ['say "hi"', 'two\nlines', '3'],
        ['4', '5', '6'],
      ],
      lines: [1, 2, 4, 7],
    });
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(splitDelimited('a,,c,\n', ',').records).toEqual([['a', '', 'c', '']]);
  });

  it('keeps an unterminated quote to the end of the text', () => {
    expect(splitDelimited('a,"b\nc', ',')).toEqual({ records: [['a', 'b\nc']], lines: [1] });
  });
});

describe('survey rows of the wrong width', () => {
  it('are reported on their own row while the others are read', () => {
    const csv =
      'time,start_lat,start_lon,end_lat,end_lon,iri\n' +
      '08:01:00 2025-March-17,14.6,107.9,14.6001,107.9,3\n' +
      '08:01:01 2025-March-17,14.6001,107.9\n';
    const read = readRoadLab(readSurveyCsvBytes('cut.csv', new TextEncoder().encode(csv)));
    expect(read.intervals.map((i) => i.row)).toEqual([2]);
    expect(read.problems.map((p) => p.text)).toEqual([
      'cut.csv, row 3: 3 fields where the heading has 6: a cut or merged line?',
    ]);
  });
});
