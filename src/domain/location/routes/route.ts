// A route (tuyến): one road code, an origin and a direction of increasing chainage, its segments measured as
// one path in the working CRS and calibrated by km posts and km equations. Without an origin the direction
// comes from the posts (their numbers increase along the route), else from the digitising direction.
import type { Position } from '../../geometry/geojson';
import type { Calibration, KmEquation, KmPost } from './calibration';
import { calibrate, projectPosts } from './calibration';
import { MeasuredLine } from './measured-line';
import { chainageExtent } from './measure';
import type { PathPiece, RouteSegment } from './route-path';
import { assembleRoutePath } from './route-path';
import type { RouteProblem } from './route-problems';
import { routeProblem } from './route-problems';

export interface RouteInput {
  /** Normalised road code, e.g. "QL.14". */
  code: string;
  segments: readonly RouteSegment[];
  /** A point at or near the route origin (đầu tuyến). */
  origin?: Position;
  /** Chainage at the origin, when known (default: from the posts, else 0). */
  startChainage?: number;
  posts?: readonly KmPost[];
  equations?: readonly KmEquation[];
  /** Segment ends closer than this join without a gap (metres, default 1). */
  snapTolerance?: number;
  /** Posts farther from the path are not used (metres, default 50). */
  postTolerance?: number;
  /** Post spacing differing by more than this fraction from the chainage is reported (default 0.05). */
  spacingTolerance?: number;
}

export interface Route {
  code: string;
  line: MeasuredLine;
  calibration: Calibration;
  pieces: PathPiece[];
  /** What fixed the direction of increasing chainage. */
  orientation: 'origin' | 'posts' | 'digitised';
  /** Lowest and highest chainage (metres). */
  start: number;
  end: number;
  problems: RouteProblem[];
}

export type BuiltRoute = { ok: true; route: Route } | { ok: false; problems: RouteProblem[] };

export function buildRoute(input: RouteInput): BuiltRoute {
  let path = assembleRoutePath(input.segments, {
    ...(input.origin ? { origin: input.origin } : {}),
    ...(input.snapTolerance !== undefined ? { snapTolerance: input.snapTolerance } : {}),
  });
  if (path.vertices.length < 2)
    return { ok: false, problems: [...path.problems, routeProblem('no_segments', { route: input.code })] };
  let orientation: Route['orientation'] = input.origin ? 'origin' : 'digitised';
  let line = new MeasuredLine(path.vertices);
  const tolerance = input.postTolerance ?? 50;

  if (!input.origin && postsRunBackwards(line, input.posts ?? [], tolerance)) {
    // Start again from the other free end: the posts count up from there.
    path = assembleRoutePath(input.segments, {
      origin: path.vertices[path.vertices.length - 1]!,
      ...(input.snapTolerance !== undefined ? { snapTolerance: input.snapTolerance } : {}),
    });
    line = new MeasuredLine(path.vertices);
    orientation = 'posts';
  } else if (!input.origin && (input.posts?.length ?? 0) >= 2) orientation = 'posts';

  const calibration = calibrate(line, {
    ...(input.startChainage !== undefined ? { startChainage: input.startChainage } : {}),
    posts: input.posts ?? [],
    equations: input.equations ?? [],
    postTolerance: tolerance,
    ...(input.spacingTolerance !== undefined ? { spacingTolerance: input.spacingTolerance } : {}),
  });
  const { start, end } = chainageExtent(calibration.pieces);
  return {
    ok: true,
    route: {
      code: input.code,
      line,
      calibration,
      pieces: path.pieces,
      orientation,
      start,
      end,
      problems: [...path.problems, ...calibration.problems],
    },
  };
}

/** True when most consecutive usable posts decrease in number along the path. */
function postsRunBackwards(line: MeasuredLine, posts: readonly KmPost[], tolerance: number): boolean {
  const { located } = projectPosts(line, posts, tolerance);
  let up = 0;
  let down = 0;
  for (let i = 1; i < located.length; i++) {
    if (located[i]!.km > located[i - 1]!.km) up++;
    else if (located[i]!.km < located[i - 1]!.km) down++;
  }
  return down > up;
}
