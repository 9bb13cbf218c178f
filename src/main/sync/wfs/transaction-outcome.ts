// What happened to each action of a Transaction, matched by handle (never by position: QGIS Server runs
// Updates, then Deletes, then Inserts, and lists InsertResults in that order). When the counts cannot say
// which action did nothing (an Update of a feature that is gone answers "totalUpdated 0" with no message),
// the outcome is `unknown` and the caller must look at the server before deciding.
import type { TransactionAction } from './transaction-encode';
import type { ActionFailure, TransactionResult } from './transaction-decode';

export type ActionOutcome =
  | { handle: string; kind: 'insert'; status: 'inserted'; fid: string }
  | { handle: string; kind: 'update'; status: 'updated' }
  | { handle: string; kind: 'delete'; status: 'deleted' }
  /** The server refused an update because the feature's version moved since the edit's base. */
  | { handle: string; kind: 'update'; status: 'conflict'; failure: ActionFailure }
  | { handle: string; kind: TransactionAction['kind']; status: 'failed'; failure: ActionFailure }
  | { handle: string; kind: TransactionAction['kind']; status: 'unknown' };

export function matchOutcomes(
  actions: readonly TransactionAction[],
  result: TransactionResult,
): ActionOutcome[] {
  const fidByHandle = new Map<string, string>();
  for (const r of result.inserted) if (r.handle) fidByHandle.set(r.handle, r.fid);
  const failureByHandle = new Map<string, ActionFailure>();
  for (const f of result.failures) if (f.locator) failureByHandle.set(f.locator, f);
  // Without handles in InsertResults, positions would be a guess: every insert stays unknown instead.
  const insertsWithoutHandle = result.inserted.some((r) => !r.handle);

  const sent = { update: 0, delete: 0 };
  const failed = { update: 0, delete: 0 };
  for (const a of actions) {
    if (a.kind === 'insert') continue;
    sent[a.kind]++;
    if (failureByHandle.has(a.handle)) failed[a.kind]++;
  }
  // Every update or delete that did not fail touched exactly one feature when the total says so.
  const allDone = {
    update: result.totalUpdated === sent.update - failed.update,
    delete: result.totalDeleted === sent.delete - failed.delete,
  };

  return actions.map((a): ActionOutcome => {
    const failure = failureByHandle.get(a.handle);
    if (failure) {
      if (a.kind === 'update' && failure.code === 'stale_version') {
        return { handle: a.handle, kind: 'update', status: 'conflict', failure };
      }
      return { handle: a.handle, kind: a.kind, status: 'failed', failure };
    }
    if (a.kind === 'insert') {
      const fid = fidByHandle.get(a.handle);
      if (fid && !insertsWithoutHandle) return { handle: a.handle, kind: 'insert', status: 'inserted', fid };
      return { handle: a.handle, kind: 'insert', status: 'unknown' };
    }
    if (!allDone[a.kind]) return { handle: a.handle, kind: a.kind, status: 'unknown' };
    return a.kind === 'update'
      ? { handle: a.handle, kind: 'update', status: 'updated' }
      : { handle: a.handle, kind: 'delete', status: 'deleted' };
  });
}
