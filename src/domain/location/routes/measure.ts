// Distance along the path ↔ chainage through the calibration's linear pieces. A chainage can occur twice
// (a km equation whose `ahead` is below its `back`: the road got longer) or not at all (`ahead` above `back`).
import type { MeasurePiece } from './calibration';

/** Chainage at a distance along the path (at a break point: the chainage leaving it). */
export function chainageAt(pieces: readonly MeasurePiece[], along: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.a0 <= along) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  if (p.a1 === p.a0) return p.c0;
  return p.c0 + ((along - p.a0) * (p.c1 - p.c0)) / (p.a1 - p.a0);
}

export type AlongResult =
  | { ok: true; along: number; /** the chainage also occurs further on */ ambiguous: boolean }
  | { ok: false; reason: 'outside'; start: number; end: number }
  | { ok: false; reason: 'in_gap'; back: number; ahead: number };

/** Distance along the path of a chainage: its first occurrence. */
export function alongAt(pieces: readonly MeasurePiece[], chainage: number): AlongResult {
  let first = NaN;
  let last = NaN;
  let count = 0;
  for (const p of pieces) {
    if (chainage < p.c0 || chainage > p.c1) continue;
    const along = p.c1 === p.c0 ? p.a0 : p.a0 + ((chainage - p.c0) * (p.a1 - p.a0)) / (p.c1 - p.c0);
    // Consecutive pieces share their end: one occurrence, not two.
    if (count && Math.abs(along - last) <= 1e-9) continue;
    if (!count) first = along;
    last = along;
    count++;
  }
  if (count) return { ok: true, along: first, ambiguous: count > 1 };
  const start = pieces[0]!.c0;
  const end = pieces[pieces.length - 1]!.c1;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const back = pieces[i]!.c1;
    const ahead = pieces[i + 1]!.c0;
    if (chainage > back && chainage < ahead) return { ok: false, reason: 'in_gap', back, ahead };
  }
  return { ok: false, reason: 'outside', start, end };
}

/** The lowest and highest chainage on the route. */
export function chainageExtent(pieces: readonly MeasurePiece[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const p of pieces) {
    start = Math.min(start, p.c0);
    end = Math.max(end, p.c1);
  }
  return { start, end };
}
