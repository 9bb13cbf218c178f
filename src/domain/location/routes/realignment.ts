// Events along a route (inspections, defects, condition segments, bridges, culverts) are stored by chainage.
// When the road is realigned they keep their chainage and move with the new line — or, if the user chooses
// to keep positions, they stay where they are and get a new chainage measured on the new line.
import type { Position } from '../../geometry/geojson';
import type { RouteSide } from './locate';
import { lineBetween, locatePoint, pointAtChainage } from './locate';
import type { Route } from './route';
import type { RouteProblem } from './route-problems';

export interface ChainageEvent {
  id: string;
  chainage: number;
  /** End of a range event (a condition segment, a defect over a stretch). */
  toChainage?: number;
  /** Distance from the centreline (metres, ≥ 0). */
  offset?: number;
  side?: RouteSide | null;
}

export type EventGeometry = { type: 'point'; point: Position } | { type: 'line'; line: Position[] };

export type PlacedEvent =
  | { id: string; ok: true; event: ChainageEvent; geometry: EventGeometry }
  | { id: string; ok: false; problem: RouteProblem };

export type RealignmentRule = 'keep_chainage' | 'keep_position';

/** Where events stored by chainage lie on a route (working CRS). */
export function placeEvents(route: Route, events: readonly ChainageEvent[]): PlacedEvent[] {
  return events.map((event) => {
    const offset = event.offset ?? 0;
    const side = event.side ?? null;
    if (event.toChainage !== undefined) {
      const line = lineBetween(route, event.chainage, event.toChainage, offset, side);
      return line.ok
        ? { id: event.id, ok: true, event, geometry: { type: 'line', line: line.value } }
        : { id: event.id, ok: false, problem: line.problem };
    }
    const point = pointAtChainage(route, event.chainage, offset, side);
    return point.ok
      ? { id: event.id, ok: true, event, geometry: { type: 'point', point: point.value } }
      : { id: event.id, ok: false, problem: point.problem };
  });
}

/** The chainage, offset and side of events that keep their geometry on a (new) route. */
export function measureEvents(
  route: Route,
  events: ReadonlyArray<{ id: string; geometry: EventGeometry }>,
  maxDistance = Infinity,
): PlacedEvent[] {
  return events.map(({ id, geometry }) => {
    const first = geometry.type === 'point' ? geometry.point : geometry.line[0]!;
    const at = locatePoint(route, first, maxDistance);
    if (!at.ok) return { id, ok: false, problem: at.problem };
    const event: ChainageEvent = {
      id,
      chainage: at.value.chainage,
      offset: at.value.offset,
      side: at.value.side,
    };
    if (geometry.type === 'line') {
      const end = locatePoint(route, geometry.line[geometry.line.length - 1]!, maxDistance);
      if (!end.ok) return { id, ok: false, problem: end.problem };
      event.toChainage = end.value.chainage;
    }
    return { id, ok: true, event, geometry };
  });
}

/**
 * Events after a realignment from `before` to `after`: with keep_chainage they move with the road (same
 * chainage, new geometry); with keep_position they stay put (geometry on the old road, chainage re-measured
 * on the new one).
 */
export function realignEvents(
  events: readonly ChainageEvent[],
  before: Route,
  after: Route,
  rule: RealignmentRule,
  maxDistance = Infinity,
): PlacedEvent[] {
  if (rule === 'keep_chainage') return placeEvents(after, events);
  const placed = placeEvents(before, events);
  const measured = measureEvents(
    after,
    placed.flatMap((p) => (p.ok ? [{ id: p.id, geometry: p.geometry }] : [])),
    maxDistance,
  );
  const byId = new Map(measured.map((m) => [m.id, m]));
  return placed.map((p) => (p.ok ? byId.get(p.id)! : p));
}
