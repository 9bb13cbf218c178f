// The change record (design.md §4): one shape serves durability, undo/redo, history and the sync outbox.
import type { Attributes } from '../assets/attributes';
import type { LayerName } from '../assets/layers';
import type { Geometry } from '../geometry/geojson';
import type { ChangeAction } from './change-action';

export interface FeatureState {
  geometry: Geometry | null;
  /** Every stored attribute, system fields (created_at, updated_by …) included; not the uid. */
  properties: Attributes;
}

export type ChangeOp = 'insert' | 'update' | 'delete';

export interface ChangeRecord {
  changeId: string;
  layer: LayerName;
  uid: string;
  op: ChangeOp;
  before: FeatureState | null;
  after: FeatureState | null;
  /** Server version the edit was based on (sync); null for features never synced. */
  baseVersion: number | null;
}

export type TransactionKind = 'edit' | 'undo' | 'redo' | 'import' | 'pull';

/** One API call's worth of changes: applied, journaled and undone together. */
export interface ChangeTransaction {
  projectId: string;
  txId: string;
  seq: number;
  kind: TransactionKind;
  /** What was done, as a code and values (for undo/redo: the action undone or redone). */
  action: ChangeAction;
  /** For undo/redo: the transaction this one reverses. */
  reverses: string | null;
  author: string;
  time: string;
  changes: ChangeRecord[];
}

/** The records that take a transaction's effect back, in reverse order. */
export function invertChanges(changes: readonly ChangeRecord[], newId: () => string): ChangeRecord[] {
  return [...changes].reverse().map((c) => ({
    changeId: newId(),
    layer: c.layer,
    uid: c.uid,
    op: c.op === 'insert' ? 'delete' : c.op === 'delete' ? 'insert' : 'update',
    before: c.after,
    after: c.before,
    baseVersion: null,
  }));
}
