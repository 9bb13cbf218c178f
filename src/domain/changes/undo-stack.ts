// Linear undo/redo over the transaction log: edits push, undo pops onto the redo stack, redo pops back,
// a new edit clears redo. Pulled server changes are not the user's to undo and are skipped.
import type { TransactionKind } from './change';
import type { ChangeAction } from './change-action';

export interface TxHeader {
  txId: string;
  kind: TransactionKind;
  action: ChangeAction;
  reverses: string | null;
}

export interface UndoStacks {
  /** Transactions undo would reverse, last on top. */
  undo: TxHeader[];
  /** Undo transactions redo would reverse, last on top. */
  redo: TxHeader[];
}

export function undoStacks(history: readonly TxHeader[]): UndoStacks {
  const undo: TxHeader[] = [];
  const redo: TxHeader[] = [];
  for (const tx of history) {
    switch (tx.kind) {
      case 'edit':
      case 'import':
        undo.push(tx);
        redo.length = 0;
        break;
      case 'undo':
        undo.pop();
        redo.push(tx);
        break;
      case 'redo':
        redo.pop();
        undo.push(tx);
        break;
      case 'pull':
        break;
    }
  }
  return { undo, redo };
}
