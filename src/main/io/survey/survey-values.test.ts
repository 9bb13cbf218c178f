import { describe, expect, it } from 'vitest';
import { foldHeading, parseDateCell, parseNumberCell } from './survey-values';

describe('survey cell values', () => {
  it.each([
    ['14.3545', '.', 14.3545],
    [' 2.35 ', '.', 2.35],
    ['-0.5', '.', -0.5],
    ['1e3', '.', 1000],
    ['14,3545', ',', 14.3545],
    ['108', ',', 108],
    ['1 234,5', ',', 1234.5],
  ] as const)('reads %j with decimal mark %j', (text, mark, n) =>
    expect(parseNumberCell(text, mark)).toBe(n),
  );

  it.each([
    ['14,35', '.'],
    ['14.35', ','],
    ['0x1A', '.'],
    ['Infinity', '.'],
    ['1.2.3', '.'],
    ['abc', ','],
  ] as const)('rejects %j with decimal mark %j', (text, mark) =>
    expect(parseNumberCell(text, mark)).toBeUndefined(),
  );

  it('treats empty cells as empty, not zero', () => {
    expect(parseNumberCell(null, '.')).toBeNull();
    expect(parseNumberCell('  ', '.')).toBeNull();
  });

  it.each([
    ['10:35:12 2017-September-05', '2017-09-05T10:35:12'],
    ['2024-02-29', '2024-02-29'],
    ['2026-10-05 08:15', '2026-10-05T08:15:00'],
    ['2026-10-05T08:15:30.250Z', '2026-10-05T08:15:30'],
    ['05/10/2026', '2026-10-05'],
    ['5.10.2026 7:05:09', '2026-10-05T07:05:09'],
  ])('reads the date %j', (text, iso) => expect(parseDateCell(text)).toBe(iso));

  it.each([
    '2023-02-29',
    '31/04/2026',
    '10:35:12 2017-Septembre-05',
    '2026-13-01',
    '25:00:00 2026-May-01',
    '12',
  ])('rejects %j', (text) => expect(parseDateCell(text)).toBeUndefined());

  it('folds headings for matching', () => {
    expect(foldHeading('Interval_Start_Latitude (°)')).toBe('interval_start_latitude');
    expect(foldHeading('Độ gồ ghề IRI [m/km]')).toBe('do_go_ghe_iri');
    expect(foldHeading('Survey date and time')).toBe('survey_date_and_time');
  });
});
