// Digitising and editing assets: validate against the layer's rules, fill system and computed fields,
// and hand one transaction to the change log.
import { ApiError } from '../../api/errors';
import type { ApiHandlers } from '../../api/contract';
import type { Attributes } from '../../domain/assets/attributes';
import { applyAttributeRules, AttributeRuleError, attributesSchema } from '../../domain/assets/attributes';
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import type { Geometry } from '../../domain/geometry/geojson';
import { readFeatureState, tableColumns } from '../store/change-log';
import type { ProjectStore } from '../store/project-store';
import { listFeatures } from '../store/queries';
import { projectedLength, withComputedChainage } from '../../domain/location/route-measure';
import type { ServiceEvents } from './events';
import { toApiFeature } from './feature-conversion';
import type { HostPorts } from './host-ports';

type Handlers = Pick<
  ApiHandlers,
  'features.list' | 'features.get' | 'features.create' | 'features.update' | 'features.delete'
>;

export function validateAttributes(layer: LayerName, input: Record<string, unknown>): Attributes {
  const parsed = attributesSchema(layer).safeParse(input);
  if (!parsed.success) {
    throw new ApiError(
      'INVALID_INPUT',
      `Some ${LAYERS[layer].en.toLowerCase()} attributes are not valid`,
      parsed.error.issues.map((i) => ({
        path: ['properties', ...i.path.map(String)].join('.'),
        message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
      })),
    );
  }
  try {
    return applyAttributeRules(layer, parsed.data);
  } catch (e) {
    if (e instanceof AttributeRuleError) {
      throw new ApiError('INVALID_INPUT', e.message, [{ path: `properties.${e.field}`, message: e.message }]);
    }
    throw e;
  }
}

function checkGeometryType(layer: LayerName, geometry: Geometry): void {
  const want = LAYERS[layer].geometryType === 'POINT' ? 'Point' : 'LineString';
  if (geometry.type !== want) {
    throw new ApiError('INVALID_INPUT', `${LAYERS[layer].en} are drawn as ${want}, not ${geometry.type}`, [
      { path: 'geometry.type', message: `expected ${want}` },
    ]);
  }
}

export function createFeaturesService(
  store: ProjectStore,
  ports: HostPorts,
  events: ServiceEvents,
): Handlers {
  const workingCrs = () => store.meta('working_crs') ?? 'EPSG:4326';

  const complete = (
    layer: LayerName,
    attrs: Attributes,
    geometry: Geometry | null,
    explicitChainage: boolean,
  ) => {
    let out = attrs;
    if (layer === 'roads') out = { ...out, length_m: projectedLength(geometry, workingCrs()) };
    else
      out = withComputedChainage(
        out,
        geometry,
        () => listFeatures(store.db, 'roads'),
        workingCrs(),
        explicitChainage,
      );
    return out;
  };

  const fullState = (layer: LayerName, geometry: Geometry | null, attrs: Attributes): FeatureState => {
    const properties: Attributes = {};
    for (const c of tableColumns(store.db, layer)) if (c !== 'uid') properties[c] = attrs[c] ?? null;
    return { geometry, properties };
  };

  const mustExist = (layer: LayerName, uid: string): FeatureState => {
    const state = readFeatureState(store.db, layer, uid);
    if (!state)
      throw new ApiError('NOT_FOUND', `No ${LAYERS[layer].en.toLowerCase()} feature has uid ${uid}`);
    return state;
  };

  const changed = (layer: LayerName, seq: number) => events.emit('project.changed', { seq, layers: [layer] });

  return {
    async 'features.list'({ layer, bbox }) {
      return { type: 'FeatureCollection', features: listFeatures(store.db, layer, bbox).map(toApiFeature) };
    },

    async 'features.get'({ layer, uid }) {
      return toApiFeature({ uid, ...mustExist(layer, uid) });
    },

    async 'features.create'({ layer, geometry, properties }) {
      checkGeometryType(layer, geometry);
      const attrs = validateAttributes(layer, properties);
      const now = ports.now();
      const author = ports.author();
      const uid = ports.newId();
      const full = complete(
        layer,
        { ...attrs, created_at: now, created_by: author, updated_at: now, updated_by: author },
        geometry,
        attrs.chainage_m !== undefined && attrs.chainage_m !== null,
      );
      const after = fullState(layer, geometry, full);
      const tx = await store.commit({
        kind: 'edit',
        label: `Thêm ${LAYERS[layer].vi.toLowerCase()}`,
        author,
        changes: [
          { changeId: ports.newId(), layer, uid, op: 'insert', before: null, after, baseVersion: null },
        ],
      });
      changed(layer, tx.seq);
      return toApiFeature({ uid, ...after });
    },

    async 'features.update'({ layer, uid, geometry, properties }) {
      const before = mustExist(layer, uid);
      if (geometry) checkGeometryType(layer, geometry);
      const attrs = validateAttributes(layer, properties ?? {});
      const nextGeometry = geometry ?? before.geometry;
      const merged = complete(
        layer,
        { ...before.properties, ...attrs, updated_at: ports.now(), updated_by: ports.author() },
        nextGeometry,
        attrs.chainage_m !== undefined || (!geometry && attrs.route_code === undefined),
      );
      const after = fullState(layer, nextGeometry, merged);
      const tx = await store.commit({
        kind: 'edit',
        label: `Sửa ${LAYERS[layer].vi.toLowerCase()}`,
        author: ports.author(),
        changes: [{ changeId: ports.newId(), layer, uid, op: 'update', before, after, baseVersion: null }],
      });
      changed(layer, tx.seq);
      return toApiFeature({ uid, ...after });
    },

    async 'features.delete'({ layer, uid }) {
      const before = mustExist(layer, uid);
      const tx = await store.commit({
        kind: 'edit',
        label: `Xoá ${LAYERS[layer].vi.toLowerCase()}`,
        author: ports.author(),
        changes: [
          { changeId: ports.newId(), layer, uid, op: 'delete', before, after: null, baseVersion: null },
        ],
      });
      changed(layer, tx.seq);
      return { uid };
    },
  };
}
