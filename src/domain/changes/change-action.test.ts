import { describe, expect, it } from 'vitest';
import { ACTION_TEXT_EN, legacyAction } from './change-action';

describe('change actions', () => {
  it('read the labels earlier versions stored, once, into codes', () => {
    expect(legacyAction('Thêm cầu')).toEqual({ code: 'feature.create', params: { layer: 'bridges' } });
    expect(legacyAction('Hoàn tác: Sửa đường')).toEqual({
      code: 'feature.update',
      params: { layer: 'roads' },
    });
    expect(legacyAction('Xoá cống')).toEqual({ code: 'feature.delete', params: { layer: 'culverts' } });
    expect(legacyAction('Nhập 120 cống từ /data/cống 2024.shp')).toEqual({
      code: 'import',
      params: { count: 120, layer: 'culverts', file: '/data/cống 2024.shp' },
    });
    expect(legacyAction('Sửa tay')).toEqual({ code: 'legacy', params: { text: 'Sửa tay' } });
  });

  it('say each code in English for the CLI', () => {
    expect(ACTION_TEXT_EN['feature.create']({ layer: 'bridges' })).toBe('Add bridge');
    expect(ACTION_TEXT_EN.import({ layer: 'culverts', count: 3, file: 'c.shp' })).toBe(
      'Import 3 culverts from c.shp',
    );
  });
});
