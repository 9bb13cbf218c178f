import { describe, expect, it } from 'vitest';
import { recorded } from './fixtures/recorded';
import type { TransactionAction } from './transaction-encode';
import { decodeTransactionResponse } from './transaction-decode';
import type { TransactionResult } from './transaction-decode';
import { matchOutcomes } from './transaction-outcome';
import { parseXml } from './xml';

const type = { name: 'culverts', namespace: 'http://www.qgis.org/gml' };
const ins = (handle: string): TransactionAction => ({
  kind: 'insert',
  handle,
  type,
  geometryName: 'geometry',
  geometry: null,
  properties: {},
});
const upd = (handle: string, fid: string): TransactionAction => ({
  kind: 'update',
  handle,
  type,
  fid,
  baseVersion: 1,
  geometryName: 'geometry',
  properties: {},
});
const del = (handle: string, fid: string): TransactionAction => ({ kind: 'delete', handle, type, fid });
const decode = (name: string) => decodeTransactionResponse(parseXml(recorded(name), 'Transaction'));

describe('matching a Transaction answer to its actions', () => {
  it('matches the recorded mixed transaction by handle, not by position', () => {
    // The request order the integration test sent; the server answered Inserts in reverse.
    const actions = [
      ins('ins-4'),
      del('del-2', 'culverts.2'),
      ins('ins-5'),
      upd('upd-3', 'culverts.3'),
      ins('ins-6'),
    ];
    expect(matchOutcomes(actions, decode('transaction-mixed.xml'))).toEqual([
      { handle: 'ins-4', kind: 'insert', status: 'inserted', fid: 'culverts.5' },
      { handle: 'del-2', kind: 'delete', status: 'deleted' },
      {
        handle: 'ins-5',
        kind: 'insert',
        status: 'failed',
        failure: expect.objectContaining({ code: 'conversion' }),
      },
      { handle: 'upd-3', kind: 'update', status: 'updated' },
      { handle: 'ins-6', kind: 'insert', status: 'inserted', fid: 'culverts.4' },
    ]);
  });

  it('a stale version is a conflict; a silent zero count leaves the others unknown', () => {
    expect(matchOutcomes([upd('chg-3', 'bridges.1')], decode('transaction-update-stale.xml'))).toEqual([
      {
        handle: 'chg-3',
        kind: 'update',
        status: 'conflict',
        failure: expect.objectContaining({ code: 'stale_version' }),
      },
    ]);
    expect(matchOutcomes([upd('chg-4', 'bridges.999')], decode('transaction-update-missing.xml'))).toEqual([
      { handle: 'chg-4', kind: 'update', status: 'unknown' },
    ]);
    // Two deletes, one counted: the answer cannot say which, so neither is taken as done.
    const oneOfTwo: TransactionResult = {
      totalInserted: 0,
      totalUpdated: 0,
      totalDeleted: 1,
      inserted: [],
      failures: [],
    };
    expect(matchOutcomes([del('a', 'x.1'), del('b', 'x.2')], oneOfTwo).map((o) => o.status)).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it('never guesses insert results from positions when the server drops handles', () => {
    const noHandles: TransactionResult = {
      totalInserted: 2,
      totalUpdated: 0,
      totalDeleted: 0,
      inserted: [{ fid: 'r.1' }, { fid: 'r.2' }],
      failures: [],
    };
    expect(matchOutcomes([ins('a'), ins('b')], noHandles).map((o) => o.status)).toEqual([
      'unknown',
      'unknown',
    ]);
    const missing: TransactionResult = {
      ...noHandles,
      totalInserted: 1,
      inserted: [{ handle: 'a', fid: 'r.1' }],
    };
    expect(matchOutcomes([ins('a'), ins('b')], missing).map((o) => o.status)).toEqual([
      'inserted',
      'unknown',
    ]);
  });
});
