// Lands an import's feature batches inside the caller's open SQLite transaction: per feature one table row,
// its R*Tree box and one change-log row whose after-state is the row itself (by reference, see change-log.ts).
// Values are bound straight out of the batch's buffers, copied into WASM memory once per batch.
import type { LayerName } from '../../domain/assets/layers';
import type { BBox } from '../../domain/geometry/geojson';
import { mergeBBox } from '../../domain/geometry/geojson';
import { GEOMETRY_COLUMN } from './asset-tables';
import { ChangeConflictError, tableColumns } from './change-log';
import type { FeatureBatch } from '../geopackage/feature-batch';
import { CELL_NUMBER, CELL_TEXT } from '../geopackage/feature-batch';
import type { Database } from '../geopackage/sqlite-engine';
import type { RtreeLoader } from '../geopackage/schema';
import { suspendRtreeInsertTrigger } from '../geopackage/schema';
import { all, bulkStatement, bytesInHeap, quoteIdent } from '../geopackage/sqlite-engine';
import type { HeapBytes, RowBinder } from '../geopackage/raw-binding';

export interface BulkTransaction {
  txId: string;
  seq: number;
  author: string;
  time: string;
  layer: LayerName;
}

type Prepared = ReturnType<typeof bulkStatement>;

export class BulkImportWriter {
  private readonly rtree: RtreeLoader;
  private readonly statements: Prepared[] = [];
  private readonly feature: Map<string, Prepared> = new Map();
  private readonly box: RowBinder;
  private readonly change: RowBinder;
  private readonly constants: HeapBytes;
  private readonly constant: Record<'txId' | 'layer' | 'author' | 'time', [number, number]>;
  private readonly known: Set<string>;
  private taken: Set<string> | null = null;
  private extent: BBox | null = null;
  count = 0;

  /** The R*Tree is filled from the batches' boxes (suspendRtreeInsertTrigger); finish() restores its trigger. */
  constructor(
    private readonly db: Database,
    private readonly tx: BulkTransaction,
    private readonly newId: () => string,
  ) {
    const layer = tx.layer;
    this.rtree = suspendRtreeInsertTrigger(db, layer, GEOMETRY_COLUMN);
    this.known = new Set(tableColumns(db, layer));
    const box = this.prepare(
      `INSERT INTO ${quoteIdent(`rtree_${layer}_${GEOMETRY_COLUMN}`)} VALUES (?, ?, ?, ?, ?)`,
    );
    this.box = box.binder;
    this.change = this.prepare(
      `INSERT INTO roadgis_changes (change_id, tx_id, seq, layer, uid, op, before_json, after_json, author, time, base_version)
       VALUES (?, ?, ${Number(tx.seq)}, ?, ?, 'insert', NULL, NULL, ?, ?, NULL)`,
    ).binder;
    // The values every change row repeats, encoded once.
    const encoder = new TextEncoder();
    const parts = [tx.txId, layer, tx.author, tx.time].map((v) => encoder.encode(v));
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      spans.push([at, p.length]);
      at += p.length;
    }
    this.constants = bytesInHeap(all);
    const span = (k: number): [number, number] => [this.constants.ptr + spans[k]![0], spans[k]![1]];
    this.constant = { txId: span(0), layer: span(1), author: span(2), time: span(3) };
  }

  /** Writes every feature of the batch; a failure leaves the rows for the caller's ROLLBACK to take back. */
  add(batch: FeatureBatch): void {
    const insert = this.insertFor(batch.columns).binder;
    const uids = this.uidsFor(batch);
    const geometry = bytesInHeap(batch.geometry);
    const text = bytesInHeap(batch.text);
    try {
      const width = batch.columns.length;
      for (let i = 0; i < batch.count; i++) {
        const start = i === 0 ? 0 : batch.geometryEnds[i - 1]!;
        insert.at(1, geometry.ptr + start, batch.geometryEnds[i]! - start, 'blob');
        insert.text(2, uids[i]!);
        for (let c = 0; c < width; c++) {
          const cell = i * width + c;
          const kind = batch.kinds[cell];
          if (kind === CELL_NUMBER) insert.number(c + 3, batch.numbers[cell]!);
          else if (kind === CELL_TEXT) {
            const from = batch.textStarts[cell]!;
            insert.at(c + 3, text.ptr + from, batch.textEnds[cell]! - from, 'text');
          } else insert.null(c + 3);
        }
        try {
          insert.step();
        } catch (e) {
          if (/UNIQUE constraint failed/u.test((e as Error).message))
            throw new ChangeConflictError(
              `feature ${uids[i]} already exists in ${this.tx.layer}`,
              this.tx.layer,
              uids[i]!,
            );
          throw e;
        }
        this.addBox(batch, i, insert.lastInsertRowid());
        this.addChange(uids[i]!);
      }
      this.count += batch.count;
    } finally {
      geometry.free();
      text.free();
    }
  }

  /** Puts the R*Tree trigger back and returns the extent of everything written. */
  finish(): BBox | null {
    this.dispose();
    this.rtree.restore();
    return this.extent;
  }

  /** Releases statements and memory (also when the caller rolls back instead of finishing). */
  dispose(): void {
    for (const s of this.statements.splice(0)) s.finalize();
    this.constants.free();
  }

  private prepare(sql: string): Prepared {
    const s = bulkStatement(this.db, sql);
    this.statements.push(s);
    return s;
  }

  private insertFor(columns: readonly string[]): Prepared {
    const key = columns.join('\u0000');
    let s = this.feature.get(key);
    if (!s) {
      const unknown = columns.filter((c) => c === 'uid' || !this.known.has(c));
      if (unknown.length) throw new Error(`layer ${this.tx.layer} has no field(s) ${unknown.join(', ')}`);
      const names = [GEOMETRY_COLUMN, 'uid', ...columns].map(quoteIdent).join(', ');
      s = this.prepare(
        `INSERT INTO ${quoteIdent(this.tx.layer)} (${names}) VALUES (${names.split(', ').fill('?').join(', ')})`,
      );
      this.feature.set(key, s);
    }
    return s;
  }

  /** A uid the file carried is kept unless the project (or this import) already has it; others are new. */
  private uidsFor(batch: FeatureBatch): string[] {
    const uids = Array.from({ length: batch.count }, () => this.newId());
    if (batch.sourceUids.length) {
      this.taken ??= new Set(
        all(this.db, `SELECT uid FROM ${quoteIdent(this.tx.layer)}`).map((r) => String(r.uid)),
      );
      for (const [i, uid] of batch.sourceUids) {
        if (this.taken.has(uid)) continue;
        this.taken.add(uid);
        uids[i] = uid;
      }
    }
    return uids;
  }

  private addBox(batch: FeatureBatch, i: number, fid: number): void {
    const b = batch.boxes;
    const minX = b[i * 4]!;
    if (Number.isNaN(minX)) return;
    const box: BBox = [minX, b[i * 4 + 1]!, b[i * 4 + 2]!, b[i * 4 + 3]!];
    this.extent = mergeBBox(this.extent, box);
    if (!this.rtree.indexed) return;
    this.box.number(1, fid);
    this.box.number(2, box[0]);
    this.box.number(3, box[2]);
    this.box.number(4, box[1]);
    this.box.number(5, box[3]);
    this.box.step();
  }

  private addChange(uid: string): void {
    const k = this.constant;
    this.change.text(1, this.newId());
    this.change.at(2, k.txId[0], k.txId[1], 'text');
    this.change.at(3, k.layer[0], k.layer[1], 'text');
    this.change.text(4, uid);
    this.change.at(5, k.author[0], k.author[1], 'text');
    this.change.at(6, k.time[0], k.time[1], 'text');
    this.change.step();
  }
}
