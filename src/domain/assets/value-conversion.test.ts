import { describe, expect, it } from 'vitest';
import { LAYERS } from './layers';
import { convertValue, toNumber, valueConverter } from './value-conversion';

const surface = LAYERS.roads.fields.find((f) => f.name === 'surface_type')!;

describe('value conversion', () => {
  it('a field converter gives what convertValue gives, for names, codes, unknowns and repeats', () => {
    const convert = valueConverter(surface);
    const inputs = [
      ...surface.values!.flatMap((v) => [v.code, v.vi, v.en, v.vi.toUpperCase(), ` ${v.code} `]),
      'không có',
      '',
      null,
      42,
    ];
    for (const raw of [...inputs, ...inputs]) expect(convert(raw)).toEqual(convertValue(surface, raw));
    expect(convert('bê tông nhựa')).toEqual({ ok: true, value: 'btn' });
    expect(convert('không có')).toMatchObject({ ok: false, code: 'not_in_list' });
  });

  it('reads numbers as Vietnamese spreadsheets write them', () => {
    expect(toNumber('1.234,5')).toBe(1234.5);
    expect(toNumber('12,5')).toBe(12.5);
    expect(toNumber(' ')).toBeNull();
    expect(toNumber('abc')).toBeUndefined();
  });
});
