// What is wrong with a route's geometry or calibration, or with a chainage asked of it: a code and its values
// (each UI says it in its own language) plus the English sentence the CLI and API print (coded-text.ts shape).
import type { CodedText, TextCatalog, TextParams } from '../../assets/coded-text';
import { codedText, param } from '../../assets/coded-text';
import { formatSignedChainage } from './chainage-range';

export type RouteProblemCode =
  | 'no_segments'
  | 'degenerate_segment'
  | 'route_gap'
  | 'route_branch'
  | 'post_off_route'
  | 'post_out_of_order'
  | 'post_spacing'
  | 'equation_off_route'
  | 'equation_unordered'
  | 'negative_chainage'
  | 'chainage_outside_route'
  | 'chainage_in_equation_gap'
  | 'point_far_from_route'
  | 'unknown_route';

export type RouteProblem = CodedText<RouteProblemCode>;

const s = param;
/** A chainage parameter (metres) as "Km 12+350"; before Km 0 as "-Km 0+030". */
const km = (p: TextParams, k: string) => {
  const v = p[k];
  return typeof v === 'number' ? formatSignedChainage(v) : s(p, k);
};

export const ROUTE_PROBLEM_TEXT_EN: TextCatalog<RouteProblemCode> = {
  no_segments: (p) => `route ${s(p, 'route')} has no line with two or more distinct vertices`,
  degenerate_segment: (p) =>
    `segment ${s(p, 'segment')} has fewer than two distinct vertices and was left out`,
  route_gap: (p) =>
    `gap of ${s(p, 'gap')} m before segment ${s(p, 'segment')} (at ${km(p, 'at')}): measured across as a straight line`,
  route_branch: (p) =>
    `segment ${s(p, 'segment')} branches off at ${km(p, 'at')} and is not part of the route's path`,
  post_off_route: (p) =>
    `km post ${s(p, 'post')} is ${s(p, 'distance')} m from the route (more than ${s(p, 'tolerance')} m) and was not used`,
  post_out_of_order: (p) =>
    `km post ${s(p, 'post')} comes after Km ${s(p, 'previous')} along the route but is not higher: not used`,
  post_spacing: (p) =>
    `between ${km(p, 'from')} and ${km(p, 'to')} the route measures ${s(p, 'measured')} m for ${s(p, 'expected')} m of chainage: a km equation (break) may be missing`,
  equation_off_route: (p) =>
    `the km equation ${km(p, 'back')} = ${km(p, 'ahead')} is ${s(p, 'distance')} m from the route and was not used`,
  equation_unordered: (p) =>
    `the km equation ${km(p, 'back')} = ${km(p, 'ahead')} does not fall between its neighbouring calibration points and was not used`,
  negative_chainage: (p) => `the route starts ${s(p, 'metres')} m before Km 0 by its calibration`,
  chainage_outside_route: (p) =>
    `${km(p, 'chainage')} is outside route ${s(p, 'route')} (${km(p, 'start')} – ${km(p, 'end')})`,
  chainage_in_equation_gap: (p) =>
    `${km(p, 'chainage')} does not exist on route ${s(p, 'route')}: the km equation ${km(p, 'back')} = ${km(p, 'ahead')} skips it`,
  point_far_from_route: (p) =>
    `the point is ${s(p, 'distance')} m from route ${s(p, 'route')} (more than ${s(p, 'tolerance')} m)`,
  unknown_route: (p) => `no route ${s(p, 'route')}`,
};

export function routeProblem(code: RouteProblemCode, params: TextParams = {}): RouteProblem {
  return codedText(ROUTE_PROBLEM_TEXT_EN, code, params);
}
