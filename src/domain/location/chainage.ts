// Chainage (lý trình): metres from the route origin, written "Km 12+350" (domain-vn §2.4).

/** Formats metres as "Km 12+350" (rounded to the metre; decimals kept when asked). */
export function formatChainage(metres: number, decimals = 0): string {
  if (!Number.isFinite(metres) || metres < 0) throw new RangeError(`chainage must be ≥ 0 m, got ${metres}`);
  const factor = 10 ** decimals;
  const rounded = Math.round(metres * factor) / factor;
  const km = Math.floor(rounded / 1000);
  const rest = rounded - km * 1000;
  const [int, frac] = rest.toFixed(decimals).split('.');
  return `Km ${km}+${(int ?? '0').padStart(3, '0')}${frac ? `.${frac}` : ''}`;
}

const KM_PLUS = /^\s*(?:km\s*)?(\d+)\s*\+\s*(\d{1,3}(?:[.,]\d+)?)\s*$/iu;
const KM_DECIMAL = /^\s*(?:km\s*)?(\d+(?:[.,]\d+)?)\s*(?:km)?\s*$/iu;

/** Parses "Km 12+350", "km12+350.5", "12+350", "Km 12,35" (km) into metres; null when not a chainage. */
export function parseChainage(text: string): number | null {
  const plus = KM_PLUS.exec(text);
  if (plus) {
    const metres = Number((plus[2] ?? '').replace(',', '.'));
    if (metres >= 1000) return null;
    return Number(plus[1]) * 1000 + metres;
  }
  const dec = KM_DECIMAL.exec(text);
  if (dec && /km/iu.test(text)) return Math.round(Number((dec[1] ?? '').replace(',', '.')) * 1e6) / 1e3;
  return null;
}
