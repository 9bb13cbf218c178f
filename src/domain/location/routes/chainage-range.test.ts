import { describe, expect, it } from 'vitest';
import { formatChainageRange, formatSignedChainage, parseChainageRange } from './chainage-range';

describe('chainage ranges', () => {
  it.each([
    ['Km 18+600 – Km 22+400', 18600, 22400],
    ['Km18+600 ÷ Km22+400', 18600, 22400],
    ['Km 18+600 - Km 22+400', 18600, 22400],
    ['18+600-22+400', 18600, 22400],
    ['Km 0+000 đến Km 1+250,5', 0, 1250.5],
    ['Km 5+100 — Km 4+900', 5100, 4900],
  ])('parses %j', (text, from, to) => expect(parseChainageRange(text)).toEqual({ from, to }));

  it.each(['Km 18+600', 'Km 18+600 – ', 'from here to there', 'Km 1+000 – Km 2+000 – Km 3+000'])(
    'rejects %j',
    (text) => expect(parseChainageRange(text)).toBeNull(),
  );

  it('formats with an en dash', () => {
    expect(formatChainageRange({ from: 18600, to: 22400 })).toBe('Km 18+600 – Km 22+400');
  });

  it('formats chainages before Km 0 and ignores float noise around it', () => {
    expect(formatSignedChainage(-30)).toBe('-Km 0+030');
    expect(formatSignedChainage(-1.2e-9)).toBe('Km 0+000');
    expect(formatSignedChainage(12350.4)).toBe('Km 12+350');
  });
});
