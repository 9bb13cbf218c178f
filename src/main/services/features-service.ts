// Digitising and editing assets: the one set of checks (feature-rules.ts), system and computed fields filled
// in, and one transaction handed to the change log.
import type { ApiHandlers } from '../../api/contract';
import type { Attributes } from '../../domain/assets/attributes';
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import { changeFailure } from '../../domain/changes/change-failures';
import { DomainError } from '../../domain/errors';
import type { Geometry } from '../../domain/geometry/geojson';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import { toApiFeature } from './feature-conversion';
import { featureRules } from './feature-rules';
import type { HostPorts } from './host-ports';

type Handlers = Pick<
  ApiHandlers,
  'features.list' | 'features.get' | 'features.create' | 'features.update' | 'features.delete'
>;

export function createFeaturesService(
  store: ProjectStore,
  ports: HostPorts,
  events: ServiceEvents,
): Handlers {
  const rules = featureRules(store);

  /** Every stored column, in table order, so a state compares and replays exactly. */
  const fullState = (layer: LayerName, geometry: Geometry | null, attrs: Attributes): FeatureState => {
    const properties: Attributes = {};
    for (const c of store.read.columns(layer)) if (c !== 'uid') properties[c] = attrs[c] ?? null;
    return { geometry, properties };
  };

  const mustExist = (layer: LayerName, uid: string): FeatureState => {
    const state = store.read.feature(layer, uid);
    if (!state) {
      const params = { layer: LAYERS[layer].en.toLowerCase(), uid };
      throw new DomainError('not_found', changeFailure('feature_not_found', params));
    }
    return state;
  };

  const changed = (layer: LayerName, seq: number) => events.emit('project.changed', { seq, layers: [layer] });

  return {
    async 'features.list'({ layer, bbox }) {
      return { type: 'FeatureCollection', features: store.read.features(layer, bbox).map(toApiFeature) };
    },

    async 'features.get'({ layer, uid }) {
      return toApiFeature({ uid, ...mustExist(layer, uid) });
    },

    async 'features.create'({ layer, geometry, properties }) {
      const shape = rules.checkGeometry(layer, geometry);
      const attrs = rules.checkAttributes(layer, properties);
      const now = ports.now();
      const author = ports.author();
      const uid = ports.newId();
      const stamped = { ...attrs, created_at: now, created_by: author, updated_at: now, updated_by: author };
      const explicit = attrs.chainage_m !== undefined && attrs.chainage_m !== null;
      const after = fullState(layer, shape, {
        ...stamped,
        ...rules.computed(layer, stamped, shape, explicit),
      });
      const tx = await store.commit({
        kind: 'edit',
        action: { code: 'feature.create', params: { layer } },
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
      const shape = geometry ? rules.checkGeometry(layer, geometry) : before.geometry;
      const attrs = rules.checkAttributes(layer, properties ?? {});
      const merged = { ...before.properties, ...attrs, updated_at: ports.now(), updated_by: ports.author() };
      // Chainage is measured again when the position or the route changed, unless typed in this edit.
      const explicit = attrs.chainage_m !== undefined || (!geometry && attrs.route_code === undefined);
      const after = fullState(layer, shape, { ...merged, ...rules.computed(layer, merged, shape, explicit) });
      const tx = await store.commit({
        kind: 'edit',
        action: { code: 'feature.update', params: { layer } },
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
        action: { code: 'feature.delete', params: { layer } },
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
