import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { errorText } from './api-messages';
import { en } from './en';
import { vi } from './vi';

describe('errorText', () => {
  it('says a coded service error in the UI language, naming the field', () => {
    const e = new ApiError(
      'INVALID_INPUT',
      '(geometry): position 0.00000, 0.00000 (lon, lat) is outside Vietnam',
      [],
      {
        code: 'outside_vietnam',
        params: { lon: '0.00000', lat: '0.00000', field: '(geometry)' },
      },
    );
    expect(errorText(vi, e)).toBe(
      'Lỗi: Dữ liệu nhập không hợp lệ — (geometry): vị trí 0.00000, 0.00000 (kinh độ, vĩ độ) nằm ngoài Việt Nam: sai hệ tọa độ, hay nhầm X với Y?',
    );
  });

  it('says why an undo cannot go ahead', () => {
    const e = new ApiError('CONFLICT', 'Nothing to undo', undefined, { code: 'nothing_to_undo', params: {} });
    expect(errorText(vi, e)).toBe('Lỗi: Xung đột dữ liệu — Không có thao tác nào để hoàn tác');
    expect(errorText(en, e)).toBe('Error: Conflicting change — Nothing to undo');
  });

  it('falls back to the service English for a code this UI does not know', () => {
    const e = new ApiError('CONFLICT', 'Some new reason', undefined, { code: 'brand_new_code', params: {} });
    expect(errorText(vi, e)).toBe('Lỗi: Xung đột dữ liệu — Some new reason');
  });
});
