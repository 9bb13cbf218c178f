// Point ↔ chainage on a calibrated route, in the working CRS. Left and right are relative to increasing
// chainage; an offset is a distance (≥ 0) on that side (domain-vn §2.4).
import type { Position } from '../../geometry/geojson';
import { alongAt, chainageAt } from './measure';
import type { Route } from './route';
import type { RouteProblem } from './route-problems';
import { routeProblem } from './route-problems';

export type RouteSide = 'left' | 'right';

export interface RouteLocation {
  route: string;
  chainage: number;
  /** Distance from the centreline (metres, ≥ 0). */
  offset: number;
  /** null when the point lies on the centreline. */
  side: RouteSide | null;
  /** Distance along the route's path (metres from its first vertex). */
  along: number;
}

export type Located<T> = { ok: true; value: T } | { ok: false; problem: RouteProblem };

const fail = <T>(problem: RouteProblem): Located<T> => ({ ok: false, problem });

/** Where a point is on the route: null side for a point on the line. */
export function locatePoint(route: Route, p: Position, maxDistance = Infinity): Located<RouteLocation> {
  const hit = route.line.nearest(p, maxDistance);
  if (!hit) {
    const far = route.line.nearest(p);
    return fail(
      routeProblem('point_far_from_route', {
        route: route.code,
        distance: Math.round(far?.distance ?? Infinity),
        tolerance: maxDistance,
      }),
    );
  }
  return {
    ok: true,
    value: {
      route: route.code,
      chainage: chainageAt(route.calibration.pieces, hit.along),
      offset: hit.distance,
      side: hit.offset > 0 ? 'right' : hit.offset < 0 ? 'left' : null,
      along: hit.along,
    },
  };
}

/** Distance along the path of a chainage, or the problem with it. */
export function alongOf(route: Route, chainage: number): Located<{ along: number; ambiguous: boolean }> {
  const r = alongAt(route.calibration.pieces, chainage);
  if (r.ok) return { ok: true, value: { along: r.along, ambiguous: r.ambiguous } };
  return fail(
    r.reason === 'in_gap'
      ? routeProblem('chainage_in_equation_gap', {
          route: route.code,
          chainage,
          back: r.back,
          ahead: r.ahead,
        })
      : routeProblem('chainage_outside_route', { route: route.code, chainage, start: r.start, end: r.end }),
  );
}

/** The point at a chainage, optionally `offset` metres to one side. */
export function pointAtChainage(
  route: Route,
  chainage: number,
  offset = 0,
  side: RouteSide | null = null,
): Located<Position> {
  const at = alongOf(route, chainage);
  if (!at.ok) return at;
  const signed = side === 'left' ? -offset : side === 'right' ? offset : 0;
  return { ok: true, value: route.line.pointBeside(at.value.along, signed) };
}

/** The centreline between two chainages (in increasing-chainage order), or a line beside it. */
export function lineBetween(
  route: Route,
  from: number,
  to: number,
  offset = 0,
  side: RouteSide | null = null,
): Located<Position[]> {
  const a = alongOf(route, Math.min(from, to));
  if (!a.ok) return a;
  const b = alongOf(route, Math.max(from, to));
  if (!b.ok) return b;
  const centre = route.line.slice(a.value.along, b.value.along);
  const signed = side === 'left' ? -offset : side === 'right' ? offset : 0;
  if (signed === 0) return { ok: true, value: centre };
  return { ok: true, value: offsetLine(route, a.value.along, b.value.along, signed) };
}

/**
 * A line `signed` metres beside the path between two distances along it. Interior vertices get mitred joins
 * (where the two offset legs meet); a near U-turn gets both leg ends instead.
 */
function offsetLine(route: Route, a: number, b: number, signed: number): Position[] {
  const line = route.line;
  const out: Position[] = [line.pointBeside(a, signed)];
  for (let i = 1; i < line.vertexCount - 1; i++) {
    const at = line.cum[i]!;
    if (at <= a || at >= b) continue;
    const [x, y] = line.vertex(i);
    const n1 = rightNormal(line.vertex(i - 1), [x, y]);
    const n2 = rightNormal([x, y], line.vertex(i + 1));
    const k = 1 + n1[0] * n2[0] + n1[1] * n2[1];
    if (k < 0.1) {
      out.push([x + signed * n1[0], y + signed * n1[1]], [x + signed * n2[0], y + signed * n2[1]]);
    } else out.push([x + (signed * (n1[0] + n2[0])) / k, y + (signed * (n1[1] + n2[1])) / k]);
  }
  out.push(line.pointBeside(b, signed));
  return out;
}

function rightNormal(p: Position, q: Position): Position {
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
  return [(q[1] - p[1]) / len, -(q[0] - p[0]) / len];
}
