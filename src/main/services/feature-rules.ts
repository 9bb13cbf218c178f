// What every feature edit shares: the project's area and working CRS, the one set of checks (as API errors
// naming the field), and the computed fields with route candidates found through the R*Tree.
import type { Attributes } from '../../domain/assets/attributes';
import type { ComputeContext } from '../../domain/assets/computed-fields';
import { boxAround, computedFields } from '../../domain/assets/computed-fields';
import type { FieldProblem } from '../../domain/assets/feature-checks';
import { attributeChecker, checkGeometry, GEOMETRY_FIELD } from '../../domain/assets/feature-checks';
import type { ProjectArea } from '../../domain/assets/import-geometry';
import type { LayerName } from '../../domain/assets/layers';
import { DomainError } from '../../domain/errors';
import type { Geometry } from '../../domain/geometry/geojson';
import { findCrs } from '../../domain/location/crs';
import type { ProjectStore } from '../store/project-store';

/** The project's working zone: positions far outside it are almost surely in the wrong CRS. */
export function projectArea(store: ProjectStore): ProjectArea | undefined {
  const crs = findCrs(store.meta('working_crs') ?? '');
  return crs?.centralMeridian !== undefined
    ? { centralMeridian: crs.centralMeridian, maxDegrees: 3 }
    : undefined;
}

export function workingCrsOf(store: ProjectStore): string {
  return store.meta('working_crs') ?? 'EPSG:4326';
}

function invalid(problems: FieldProblem[]): DomainError {
  const first = problems[0]!;
  return new DomainError(
    'invalid_input',
    {
      code: first.code,
      params: { ...first.params, field: first.field },
      text: `${first.field}: ${first.reason}`,
    },
    problems.map((p) => ({
      path: p.field === GEOMETRY_FIELD ? 'geometry' : `properties.${p.field}`,
      message: p.reason,
    })),
  );
}

export interface FeatureRules {
  checkGeometry(layer: LayerName, geometry: Geometry): Geometry;
  checkAttributes(layer: LayerName, input: Record<string, unknown>): Attributes;
  computed(
    layer: LayerName,
    attributes: Attributes,
    geometry: Geometry | null,
    explicitChainage: boolean,
  ): Attributes;
}

export function featureRules(store: ProjectStore): FeatureRules {
  const checkers = new Map<LayerName, ReturnType<typeof attributeChecker>>();
  const context = (): ComputeContext => ({
    workingCrs: workingCrsOf(store),
    routeCandidates: (code, point, tolerance) =>
      store.read.featuresNear('roads', boxAround(point, tolerance), { field: 'road_code', value: code }),
  });
  return {
    checkGeometry(layer, geometry) {
      const checked = checkGeometry(layer, geometry, projectArea(store));
      if (!checked.ok) throw invalid(checked.problems);
      return checked.value;
    },
    checkAttributes(layer, input) {
      let check = checkers.get(layer);
      if (!check) checkers.set(layer, (check = attributeChecker(layer)));
      const checked = check(input);
      if (!checked.ok) throw invalid(checked.problems);
      return checked.value;
    },
    computed(layer, attributes, geometry, explicitChainage) {
      return computedFields({ layer, attributes, geometry, explicitChainage }, context());
    },
  };
}
