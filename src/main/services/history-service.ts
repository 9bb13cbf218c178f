// Undo/redo and per-feature history, both read from the change log.
import type { ApiHandlers, MethodOutput } from '../../api/contract';
import type { Attributes } from '../../domain/assets/attributes';
import { codedText } from '../../domain/assets/coded-text';
import type { ChangeRecord, FeatureState } from '../../domain/changes/change';
import { invertChanges } from '../../domain/changes/change';
import type { ChangeAction } from '../../domain/changes/change-action';
import { ACTION_TEXT_EN } from '../../domain/changes/change-action';
import { changeFailure } from '../../domain/changes/change-failures';
import { undoStacks } from '../../domain/changes/undo-stack';
import { DomainError } from '../../domain/errors';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import type { HostPorts } from './host-ports';

type Handlers = Pick<ApiHandlers, 'history.state' | 'history.undo' | 'history.redo' | 'history.feature'>;

function canonical(state: FeatureState | null): string {
  if (!state) return 'null';
  const keys = Object.keys(state.properties).sort();
  return JSON.stringify([state.geometry, keys.map((k) => [k, state.properties[k] ?? null])]);
}

/** An action as the API gives it: code and values for a UI, the English sentence for scripts. */
export const actionOut = (a: ChangeAction) => codedText(ACTION_TEXT_EN, a.code, a.params);

export function createHistoryService(store: ProjectStore, ports: HostPorts, events: ServiceEvents): Handlers {
  const state = (): MethodOutput<'history.state'> => {
    const { undo, redo } = undoStacks(store.read.transactions());
    const top = undo.at(-1);
    const redoTop = redo.at(-1);
    return {
      canUndo: Boolean(top),
      canRedo: Boolean(redoTop),
      undo: top ? actionOut(top.action) : null,
      redo: redoTop ? actionOut(redoTop.action) : null,
    };
  };

  /**
   * Refuses to reverse changes if someone (a pull, another edit) changed those features since. `isCurrent(i)`
   * says inverse[i]'s before-state was just read from the live row (an import recorded by reference): it is
   * the current state, so reading the row again would only cost time (2 of the 4 s of undoing 30k culverts).
   */
  const assertUnchangedSince = (
    what: 'undo' | 'redo',
    inverse: ChangeRecord[],
    isCurrent: (i: number) => boolean,
  ) => {
    for (const [i, c] of inverse.entries()) {
      if (isCurrent(i)) continue;
      if (canonical(store.read.feature(c.layer, c.uid)) !== canonical(c.before)) {
        throw new DomainError(
          'conflict',
          changeFailure('changed_since', { what, layer: c.layer, uid: c.uid }),
        );
      }
    }
  };

  const reverse = async (kind: 'undo' | 'redo') => {
    const { undo, redo } = undoStacks(store.read.transactions());
    const target = kind === 'undo' ? undo.at(-1) : redo.at(-1);
    if (!target) {
      throw new DomainError(
        'conflict',
        changeFailure(kind === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo'),
      );
    }
    const { changes, live } = store.read.transactionChanges(target.txId);
    const inverse = invertChanges(changes, ports.newId);
    assertUnchangedSince(kind, inverse, (i) => live[changes.length - 1 - i]!); // inverse runs backwards

    const tx = await store.commit({
      kind,
      action: target.action,
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
      return store.read.featureHistory(layer, uid).map((h) => {
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
          action: actionOut(h.action),
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
