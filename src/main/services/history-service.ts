// Undo/redo and per-feature history, both read from the change log.
import type { ApiHandlers, MethodOutput } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { Attributes } from '../../domain/assets/attributes';
import type { LayerName } from '../../domain/assets/layers';
import type { ChangeRecord, FeatureState } from '../../domain/changes/change';
import { invertChanges } from '../../domain/changes/change';
import { undoStacks } from '../../domain/changes/undo-stack';
import { readFeatureState } from '../store/change-log';
import type { ProjectStore } from '../store/project-store';
import { featureHistory, transactionChangesLive, transactionHeaders } from '../store/queries';
import type { ServiceEvents } from './events';
import type { HostPorts } from './host-ports';

type Handlers = Pick<ApiHandlers, 'history.state' | 'history.undo' | 'history.redo' | 'history.feature'>;

function canonical(state: FeatureState | null): string {
  if (!state) return 'null';
  const keys = Object.keys(state.properties).sort();
  return JSON.stringify([state.geometry, keys.map((k) => [k, state.properties[k] ?? null])]);
}

export function createHistoryService(store: ProjectStore, ports: HostPorts, events: ServiceEvents): Handlers {
  const state = (): MethodOutput<'history.state'> => {
    const { undo, redo } = undoStacks(transactionHeaders(store.db));
    const top = undo.at(-1);
    const redoTop = redo.at(-1);
    return {
      canUndo: Boolean(top),
      canRedo: Boolean(redoTop),
      undoLabel: top?.label ?? null,
      redoLabel: redoTop ? redoTop.label.replace(/^Hoàn tác: /u, '') : null,
    };
  };

  /**
   * Refuses to reverse changes if someone (a pull, another edit) changed those features since. `isCurrent(i)`
   * says inverse[i]'s before-state was just read from the live row (an import recorded by reference): it is
   * the current state, so reading the row again would only cost time (2 of the 4 s of undoing 30k culverts).
   */
  const assertUnchangedSince = (inverse: ChangeRecord[], isCurrent: (i: number) => boolean) => {
    for (const [i, c] of inverse.entries()) {
      if (isCurrent(i)) continue;
      const current = readFeatureState(store.db, c.layer, c.uid);
      if (canonical(current) !== canonical(c.before)) {
        throw new ApiError(
          'CONFLICT',
          `Cannot undo: feature ${c.uid} in ${c.layer} has changed since that edit`,
        );
      }
    }
  };

  const reverse = async (kind: 'undo' | 'redo') => {
    const { undo, redo } = undoStacks(transactionHeaders(store.db));
    const target = kind === 'undo' ? undo.at(-1) : redo.at(-1);
    if (!target) throw new ApiError('CONFLICT', kind === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
    const { changes, live } = transactionChangesLive(store.db, target.txId);
    const inverse = invertChanges(changes, ports.newId);
    assertUnchangedSince(inverse, (i) => live[changes.length - 1 - i]!); // inverse runs backwards

    const tx = await store.commit({
      kind,
      label: kind === 'undo' ? `Hoàn tác: ${target.label}` : target.label.replace(/^Hoàn tác: /u, ''),
      reverses: target.txId,
      author: ports.author(),
      changes: inverse,
    });
    events.emit('project.changed', { seq: tx.seq, layers: [...new Set(inverse.map((c) => c.layer))] });
    return state();
  };

  return {
    async 'history.state'() {
      return state();
    },
    'history.undo': () => reverse('undo'),
    'history.redo': () => reverse('redo'),
    async 'history.feature'({ layer, uid }) {
      return featureHistory(store.db, layer as LayerName, uid).map((h) => {
        const before: Attributes = h.before?.properties ?? {};
        const after: Attributes = h.after?.properties ?? {};
        const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
          (f) => (before[f] ?? null) !== (after[f] ?? null) && f !== 'updated_at' && f !== 'updated_by',
        );
        return {
          seq: h.seq,
          txId: h.txId,
          op: h.op,
          kind: h.kind,
          author: h.author,
          time: h.time,
          changes: fields.map((field) => ({
            field,
            before: before[field] ?? null,
            after: after[field] ?? null,
          })),
          geometryChanged:
            JSON.stringify(h.before?.geometry ?? null) !== JSON.stringify(h.after?.geometry ?? null),
        };
      });
    },
  };
}
