// The change log's tables (design.md §4): the only SQL that writes or reads `roadgis_transactions` and
// `roadgis_changes`. Every writer — one edit, an undo, journal replay, a bulk import, later a sync pull — records
// its changes through here, whatever the batch size, so the sync outbox has one writer to trust.
import type { LayerName } from '../../../domain/assets/layers';
import type { ChangeAction } from '../../../domain/changes/change-action';
import { isActionCode, legacyAction } from '../../../domain/changes/change-action';
import type { ChangeRecord, ChangeTransaction, FeatureState } from '../../../domain/changes/change';
import type { RowBinder } from '../../geopackage/raw-binding';
import type { Database, Row, SqlValue } from '../../geopackage/sqlite-engine';
import { all, bulkStatement, bytesInHeap, quoteIdent, run, runCached } from '../../geopackage/sqlite-engine';
import { createAttributeTable } from '../../geopackage/schema';
import { rowToState } from '../asset-tables';
import { tableColumns } from '../feature-rows';
import { writeMeta } from '../meta';

export type TransactionHeader = Omit<ChangeTransaction, 'changes' | 'projectId'>;

/** Schema step 1: the two tables, registered in gpkg_contents so GeoPackage readers list them. */
export function createChangeLogTables(db: Database): void {
  createAttributeTable(
    db,
    'roadgis_transactions',
    'RoadGIS edit transactions (undo/redo, audit)',
    'tx_id TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL UNIQUE, kind TEXT NOT NULL, label TEXT, reverses TEXT, author TEXT NOT NULL, time DATETIME NOT NULL',
  );
  createAttributeTable(
    db,
    'roadgis_changes',
    'RoadGIS change log: who changed what, old → new; the sync outbox',
    'change_id TEXT NOT NULL UNIQUE, tx_id TEXT NOT NULL, seq INTEGER NOT NULL, layer TEXT NOT NULL, uid TEXT NOT NULL, op TEXT NOT NULL, before_json TEXT, after_json TEXT, author TEXT NOT NULL, time DATETIME NOT NULL, base_version INTEGER',
  );
  run(db, 'CREATE INDEX idx_roadgis_changes_feature ON roadgis_changes(layer, uid, seq)');
}

/**
 * Schema step 2: a transaction says what it did as a code and values (`action`, `action_params`) instead of a
 * Vietnamese sentence in `label`; the sentences earlier versions wrote are read into codes once, here.
 */
export function addTransactionActions(db: Database): void {
  run(db, 'ALTER TABLE roadgis_transactions ADD COLUMN action TEXT');
  run(db, 'ALTER TABLE roadgis_transactions ADD COLUMN action_params TEXT');
  for (const r of all(db, 'SELECT tx_id, label FROM roadgis_transactions')) {
    const a = legacyAction(String(r.label ?? ''));
    run(db, 'UPDATE roadgis_transactions SET action = ?, action_params = ? WHERE tx_id = ?', [
      a.code,
      JSON.stringify(a.params),
      r.tx_id!,
    ]);
  }
}

const INSERT_CHANGE = `INSERT INTO roadgis_changes (change_id, tx_id, seq, layer, uid, op, before_json, after_json, author, time, base_version)
  VALUES (?,?,?,?,?,?,?,?,?,?,?)`;

/**
 * One change record. `afterByReference`: the after-state is the row as written (imports) and after_json stays
 * NULL — it resolves to the before-state of the feature's next change, or to the live row (resolveAfter).
 */
export function insertChangeRecord(
  db: Database,
  tx: TransactionHeader,
  c: ChangeRecord,
  afterByReference = false,
): void {
  runCached(db, INSERT_CHANGE, [
    c.changeId,
    tx.txId,
    tx.seq,
    c.layer,
    c.uid,
    c.op,
    c.before ? JSON.stringify(c.before) : null,
    c.after && !afterByReference ? JSON.stringify(c.after) : null,
    tx.author,
    tx.time,
    c.baseVersion,
  ]);
}

/**
 * Insert records for a bulk import, bound from WASM memory: the values every record of the transaction repeats
 * are encoded once. Each record's after-state is by reference (see insertChangeRecord).
 */
export class BulkInsertRecords {
  private readonly statement: ReturnType<typeof bulkStatement>;
  private readonly binder: RowBinder;
  private readonly constants;
  private readonly spans: Array<[number, number]>;

  constructor(
    db: Database,
    tx: TransactionHeader,
    layer: LayerName,
    private readonly newId: () => string,
  ) {
    this.statement = bulkStatement(
      db,
      `INSERT INTO roadgis_changes (change_id, tx_id, seq, layer, uid, op, before_json, after_json, author, time, base_version)
       VALUES (?, ?, ${Number(tx.seq)}, ?, ?, 'insert', NULL, NULL, ?, ?, NULL)`,
    );
    this.binder = this.statement.binder;
    const encoder = new TextEncoder();
    const parts = [tx.txId, layer, tx.author, tx.time].map((v) => encoder.encode(v));
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    const offsets: Array<[number, number]> = [];
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      offsets.push([at, p.length]);
      at += p.length;
    }
    this.constants = bytesInHeap(bytes);
    this.spans = offsets.map(([o, n]) => [this.constants.ptr + o, n]);
  }

  add(uid: string): void {
    const [txId, layer, author, time] = this.spans as [
      [number, number],
      [number, number],
      [number, number],
      [number, number],
    ];
    this.binder.text(1, this.newId());
    this.binder.at(2, txId[0], txId[1], 'text');
    this.binder.at(3, layer[0], layer[1], 'text');
    this.binder.text(4, uid);
    this.binder.at(5, author[0], author[1], 'text');
    this.binder.at(6, time[0], time[1], 'text');
    this.binder.step();
  }

  dispose(): void {
    this.statement.finalize();
    this.constants.free();
  }
}

/** The transaction's own row and the project's sequence number; its change records are written already. */
export function insertTransaction(db: Database, tx: TransactionHeader): void {
  run(
    db,
    `INSERT INTO roadgis_transactions (tx_id, seq, kind, label, reverses, author, time, action, action_params)
     VALUES (?,?,?,NULL,?,?,?,?,?)`,
    [
      tx.txId,
      tx.seq,
      tx.kind,
      tx.reverses,
      tx.author,
      tx.time,
      tx.action.code,
      JSON.stringify(tx.action.params),
    ],
  );
  writeMeta(db, 'last_seq', String(tx.seq));
}

function actionOf(r: Row): ChangeAction {
  const code = String(r.action ?? '');
  if (!isActionCode(code)) return legacyAction(String(r.label ?? ''));
  return { code, params: JSON.parse(String(r.action_params ?? '{}')) as ChangeAction['params'] };
}

export function transactionHeaders(db: Database): TransactionHeader[] {
  return all(db, 'SELECT * FROM roadgis_transactions ORDER BY seq').map((r) => ({
    txId: String(r.tx_id),
    seq: Number(r.seq),
    kind: String(r.kind) as ChangeTransaction['kind'],
    action: actionOf(r),
    reverses: r.reverses === null ? null : String(r.reverses),
    author: String(r.author),
    time: String(r.time),
  }));
}

/** A change record as stored; an insert's after-state may be NULL (recorded by reference). */
function toChange(r: Row, after: FeatureState | null = parseState(r.after_json)): ChangeRecord {
  return {
    changeId: String(r.change_id),
    layer: String(r.layer) as LayerName,
    uid: String(r.uid),
    op: String(r.op) as ChangeRecord['op'],
    before: parseState(r.before_json),
    after,
    baseVersion: r.base_version === null ? null : Number(r.base_version),
  };
}

function parseState(json: SqlValue | undefined): FeatureState | null {
  return json ? (JSON.parse(String(json)) as FeatureState) : null;
}

/**
 * The change records with every by-reference after-state resolved (the before-state of the feature's next
 * change if there is one, else the live row; one query per layer, so undoing a 100k-feature import stays one
 * pass). `live[i]` says record i's after-state was read from the feature's row as it is now.
 */
function resolveAfter(db: Database, rows: Row[]): { changes: ChangeRecord[]; live: boolean[] } {
  const pending = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.op !== 'delete' && r.after_json === null) {
      const layer = String(r.layer);
      const list = pending.get(layer);
      if (list) list.push(r);
      else pending.set(layer, [r]);
    }
  }
  if (!pending.size) return { changes: rows.map((r) => toChange(r)), live: rows.map(() => false) };
  const resolved = new Map<SqlValue, FeatureState | null>();
  const fromRow = new Set<SqlValue>();
  for (const [layer, list] of pending) {
    const cols = tableColumns(db, layer);
    const ids = list.map((r) => r.fid!);
    const found = all(
      db,
      `SELECT c.fid AS change_fid, (SELECT n.before_json FROM roadgis_changes n WHERE n.layer = c.layer AND n.uid = c.uid
         AND (n.seq > c.seq OR (n.seq = c.seq AND n.fid > c.fid)) ORDER BY n.seq, n.fid LIMIT 1) AS next_before, f.*
       FROM roadgis_changes c LEFT JOIN ${quoteIdent(layer)} f ON f.uid = c.uid
       WHERE c.fid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    );
    for (const f of found) {
      resolved.set(
        f.change_fid!,
        f.next_before ? parseState(f.next_before) : f.uid === null ? null : rowToState(f, cols),
      );
      if (!f.next_before && f.uid !== null) fromRow.add(f.change_fid!);
    }
  }
  return {
    changes: rows.map((r) =>
      toChange(r, resolved.has(r.fid!) ? resolved.get(r.fid!)! : parseState(r.after_json)),
    ),
    live: rows.map((r) => fromRow.has(r.fid!)),
  };
}

/** A transaction's changes in the order they were made; `live` as in resolveAfter. */
export function transactionChanges(db: Database, txId: string): { changes: ChangeRecord[]; live: boolean[] } {
  return resolveAfter(db, all(db, 'SELECT * FROM roadgis_changes WHERE tx_id = ? ORDER BY fid', [txId]));
}

export interface FeatureHistoryRow extends ChangeRecord {
  seq: number;
  txId: string;
  kind: ChangeTransaction['kind'];
  action: ChangeAction;
  author: string;
  time: string;
}

export function featureHistory(db: Database, layer: LayerName, uid: string): FeatureHistoryRow[] {
  const rows = all(
    db,
    `SELECT c.*, t.kind, t.action, t.action_params, t.label FROM roadgis_changes c
     JOIN roadgis_transactions t ON t.tx_id = c.tx_id
     WHERE c.layer = ? AND c.uid = ? ORDER BY c.seq, c.fid`,
    [layer, uid],
  );
  const { changes } = resolveAfter(db, rows);
  return rows.map((r, i) => ({
    ...changes[i]!,
    seq: Number(r.seq),
    txId: String(r.tx_id),
    kind: String(r.kind) as ChangeTransaction['kind'],
    action: actionOf(r),
    author: String(r.author),
    time: String(r.time),
  }));
}
