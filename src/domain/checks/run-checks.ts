// One click, every data check (issue 14): broken and zero-length lines, roads without a code, duplicates,
// overlapping roads, dangling road ends, and bridges or culverts away from every road. Pure: features in,
// findings out; the service reads the features from the store and the renderer lists the findings.
import type { LayerName } from '../assets/layers';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { danglingEnds } from './dangling-ends';
import { duplicatePoints, duplicateRoads } from './duplicates';
import { pointsFarFromRoads } from './far-from-road';
import type { CheckCode, Finding } from './findings';
import { CHECK_CODES, finding } from './findings';
import { rejectedRoadFindings, roadsWithoutCode } from './line-checks';
import { overlappingRoads } from './overlaps';
import type { PlaneProjector } from './plane-projection';
import { planeProjector, projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

export interface CheckInput {
  roads: readonly PlainFeature[];
  bridges?: readonly PlainFeature[];
  culverts?: readonly PlainFeature[];
}

/** Distances in metres of the working CRS. */
export interface CheckTolerances {
  /** A road end this close to another road, but not on it, dangles. */
  danglingTolerance: number;
  /** A road end this close to another road is joined to it. */
  connectTolerance: number;
  /** Vertices (or points) this close count as the same position for duplicates. */
  duplicateTolerance: number;
  /** Lines this close to each other count as running over each other … */
  overlapTolerance: number;
  /** … once they do so for at least this length. */
  overlapMinLength: number;
  /** Bridges and culverts farther than this from every road are reported. */
  pointTolerance: number;
  /** Roads shorter than this are zero-length. */
  minLength: number;
}

export const DEFAULT_CHECK_TOLERANCES: CheckTolerances = {
  danglingTolerance: 10,
  connectTolerance: 0.01,
  duplicateTolerance: 0.01,
  overlapTolerance: 0.1,
  overlapMinLength: 1,
  pointTolerance: 50,
  minLength: 0.01,
};

export interface CheckOptions extends Partial<CheckTolerances> {
  /** Only these checks (default: all). */
  only?: readonly CheckCode[];
}

export interface CheckReport {
  findings: Finding[];
  counts: Record<CheckCode, number>;
  checked: Record<LayerName, number>;
}

/** Runs the checks on lon/lat features, measuring in the working CRS. */
export function runChecks(input: CheckInput, options: CheckOptions & { workingCrs: string }): CheckReport {
  return checkWith(input, planeProjector(options.workingCrs), options);
}

/** The same with any projection to a plane in metres (the identity for features already in one). */
export function runChecksInPlane(
  input: CheckInput,
  project: (p: Position) => Position,
  options: CheckOptions = {},
): CheckReport {
  return checkWith(input, projectorOf(project), options);
}

function checkWith(input: CheckInput, projector: PlaneProjector, options: CheckOptions): CheckReport {
  const project = projector.point;
  const t: CheckTolerances = { ...DEFAULT_CHECK_TOLERANCES, ...withoutUndefined(options) };
  const wanted = new Set(options.only ?? CHECK_CODES);
  const on = (code: CheckCode) => wanted.has(code);
  const bridges = input.bridges ?? [];
  const culverts = input.culverts ?? [];
  const { network, rejected } = buildRoadNetwork(input.roads, projector, t.minLength);

  const findings: Finding[] = rejectedRoadFindings(rejected).filter((f) => on(f.check));
  for (const [layer, points] of [
    ['bridges', bridges],
    ['culverts', culverts],
  ] as const) {
    if (!on('no_geometry')) break;
    for (const p of points) if (!p.geometry) findings.push(finding('no_geometry', layer, [p.uid], null));
  }
  if (on('road_without_code')) findings.push(...roadsWithoutCode(network));
  let duplicatePairs = new Set<number>();
  if (on('duplicate_feature') || on('overlapping_roads')) {
    const dup = duplicateRoads(network, t.duplicateTolerance);
    duplicatePairs = dup.pairs;
    if (on('duplicate_feature')) {
      findings.push(
        ...dup.findings,
        ...duplicatePoints(bridges, 'bridges', project, t.duplicateTolerance),
        ...duplicatePoints(culverts, 'culverts', project, t.duplicateTolerance),
      );
    }
  }
  if (on('overlapping_roads')) {
    findings.push(
      ...overlappingRoads(
        network,
        { tolerance: t.overlapTolerance, minLength: t.overlapMinLength },
        duplicatePairs,
      ),
    );
  }
  if (on('dangling_end')) findings.push(...danglingEnds(network, t));
  if (on('far_from_road')) {
    findings.push(
      ...pointsFarFromRoads(network, bridges, 'bridges', project, t.pointTolerance),
      ...pointsFarFromRoads(network, culverts, 'culverts', project, t.pointTolerance),
    );
  }

  const order = new Map(CHECK_CODES.map((c, i) => [c, i]));
  findings.sort((a, b) => order.get(a.check)! - order.get(b.check)!);
  const counts = Object.fromEntries(CHECK_CODES.map((c) => [c, 0])) as Record<CheckCode, number>;
  for (const f of findings) counts[f.check]++;
  return {
    findings,
    counts,
    checked: { roads: input.roads.length, bridges: bridges.length, culverts: culverts.length },
  };
}

function withoutUndefined(options: CheckOptions): Partial<CheckTolerances> {
  const out: Partial<CheckTolerances> = {};
  for (const key of Object.keys(DEFAULT_CHECK_TOLERANCES) as Array<keyof CheckTolerances>) {
    const v = options[key];
    if (v !== undefined) {
      if (!(v >= 0)) throw new RangeError(`${key} must be a distance ≥ 0 m, got ${v}`);
      out[key] = v;
    }
  }
  return out;
}
