// Chainage ranges as engineers write them: "Km 18+600 – Km 22+400", "Km18+600 ÷ Km22+400",
// "Km 18+600 đến Km 22+400", "18+600 - 22+400" (domain-vn §2.4).
import { formatChainage, parseChainage } from '../chainage';

export interface ChainageRange {
  from: number;
  to: number;
}

const SEPARATOR = /\s*[–—÷~]\s*|\s+(?:đến|den|to)\s+|\s*-\s*(?=(?:km)?\s*\d)/iu;

/** Metres from and to as written (from may exceed to: the caller decides if that is wrong); null if not a range. */
export function parseChainageRange(text: string): ChainageRange | null {
  const t = text.normalize('NFC').trim();
  // A hyphen separates only when a chainage follows it; no chainage contains one itself.
  const parts = t.split(SEPARATOR);
  if (parts.length !== 2) return null;
  const from = parseChainage(parts[0]!);
  const to = parseChainage(parts[1]!);
  return from === null || to === null ? null : { from, to };
}

/**
 * Any chainage, including one before Km 0 (a route that starts before its origin by its calibration):
 * "-Km 0+030". Float noise around zero ("-0.000000001 m") prints as Km 0+000.
 */
export function formatSignedChainage(metres: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(metres * factor) / factor;
  return rounded < 0 ? `-${formatChainage(-rounded, decimals)}` : formatChainage(Math.abs(rounded), decimals);
}

/** "Km 18+600 – Km 22+400" (en dash, as printed in reports). */
export function formatChainageRange(range: ChainageRange, decimals = 0): string {
  return `${formatSignedChainage(range.from, decimals)} – ${formatSignedChainage(range.to, decimals)}`;
}
