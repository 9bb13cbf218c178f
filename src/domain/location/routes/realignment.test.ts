// Events stored by chainage after the road is realigned: hand-computed positions on straight legs.
import { describe, expect, it } from 'vitest';
import type { Position } from '../../geometry/geojson';
import type { ChainageEvent } from './realignment';
import { measureEvents, placeEvents, realignEvents } from './realignment';
import type { Route } from './route';
import { buildRoute } from './route';

const P = (x: number, y: number): Position => [x, y];

function route(line: Position[]): Route {
  const built = buildRoute({ code: 'QL.24', segments: [{ id: 'r', line }], origin: line[0]! });
  if (!built.ok) throw new Error('route');
  return built.route;
}

// Before: 2,000 m straight east. After: the same start, a 10 m jog north at 1,000 m, then east again.
const before = route([P(0, 0), P(2000, 0)]);
const after = route([P(0, 0), P(1000, 0), P(1000, 10), P(2000, 10)]);

const events: ChainageEvent[] = [
  { id: 'culvert', chainage: 1500, offset: 5, side: 'right' },
  { id: 'defect', chainage: 200, toChainage: 600 },
  { id: 'bridge', chainage: 2005 },
];

describe('events keep their chainage when the road is realigned', () => {
  const moved = realignEvents(events, before, after, 'keep_chainage');

  it('moves a point event with the new line', () => {
    // 1,500 m along the new line is 490 m past the jog at (1000, 10); 5 m right of eastbound is south.
    expect(moved[0]).toMatchObject({
      ok: true,
      event: events[0],
      geometry: { type: 'point', point: [1490, 5] },
    });
  });

  it('moves a range event with the new line', () => {
    expect(moved[1]).toMatchObject({ ok: true, geometry: { type: 'line', line: [P(200, 0), P(600, 0)] } });
  });

  it('places an event the longer new line now reaches', () => {
    expect(moved[2]).toMatchObject({ ok: true, geometry: { type: 'point', point: [1995, 10] } });
  });
});

describe('events keep their positions when the user chooses so', () => {
  const kept = realignEvents(events, before, after, 'keep_position');

  it('re-measures a point event on the new line', () => {
    // The culvert stays at (1500, -5): 15 m south of the new eastbound leg, 1,000 + 10 + 500 m along it.
    expect(kept[0]).toMatchObject({
      ok: true,
      event: { id: 'culvert', chainage: 1510, offset: 15, side: 'right' },
      geometry: { type: 'point', point: [1500, -5] },
    });
  });

  it('re-measures both ends of a range event', () => {
    expect(kept[1]).toMatchObject({
      ok: true,
      event: { chainage: 200, toChainage: 600, offset: 0, side: null },
    });
  });

  it('reports an event that had no position on the old line', () => {
    expect(kept[2]).toMatchObject({ ok: false, problem: { code: 'chainage_outside_route' } });
  });

  it('reports an event now too far from the new line', () => {
    const far = measureEvents(after, [{ id: 'x', geometry: { type: 'point', point: P(500, 200) } }], 50);
    expect(far[0]).toMatchObject({
      ok: false,
      problem: { code: 'point_far_from_route', params: { distance: 200 } },
    });
  });
});

describe('placing events on a route', () => {
  it('round-trips: placed positions measure back to the same chainage, offset and side', () => {
    const placed = placeEvents(after, [{ id: 'a', chainage: 1234.5, offset: 7.25, side: 'left' }]);
    const p = placed[0]!;
    if (!p.ok) throw new Error(p.problem.text);
    const back = measureEvents(after, [{ id: 'a', geometry: p.geometry }]);
    expect(back[0]!.ok && back[0]!.event.chainage).toBeCloseTo(1234.5, 9);
    expect(back[0]!.ok && back[0]!.event.offset).toBeCloseTo(7.25, 9);
    expect(back[0]!.ok && back[0]!.event.side).toBe('left');
  });
});
