// Lands an import's feature batches inside the caller's open SQLite transaction: per feature one table row, its
// R*Tree box and one change record whose after-state is the row itself (records.ts BulkInsertRecords). Values
// are bound straight out of the batch's buffers, copied into WASM memory once per batch.
import type { LayerName } from '../../../domain/assets/layers';
import type { BBox } from '../../../domain/geometry/geojson';
import { mergeBBox } from '../../../domain/geometry/geojson';
import type { FeatureBatch } from '../../geopackage/feature-batch';
import { CELL_NUMBER, CELL_TEXT } from '../../geopackage/feature-batch';
import type { RowBinder } from '../../geopackage/raw-binding';
import type { RtreeLoader } from '../../geopackage/schema';
import { suspendRtreeInsertTrigger } from '../../geopackage/schema';
import type { Database } from '../../geopackage/sqlite-engine';
import { all, bulkStatement, bytesInHeap, quoteIdent } from '../../geopackage/sqlite-engine';
import { GEOMETRY_COLUMN } from '../asset-tables';
import { alreadyExists, tableColumns } from '../feature-rows';
import type { TransactionHeader } from './records';
import { BulkInsertRecords } from './records';

type Prepared = ReturnType<typeof bulkStatement>;

export class BulkInsertWriter {
  private readonly rtree: RtreeLoader;
  private readonly statements: Prepared[] = [];
  private readonly feature = new Map<string, Prepared>();
  private readonly box: RowBinder;
  private readonly records: BulkInsertRecords;
  private readonly known: Set<string>;
  private taken: Set<string> | null = null;
  private extent: BBox | null = null;
  count = 0;

  /** The R*Tree is filled from the batches' boxes (suspendRtreeInsertTrigger); finish() restores its trigger. */
  constructor(
    private readonly db: Database,
    tx: TransactionHeader,
    private readonly layer: LayerName,
    private readonly newId: () => string,
  ) {
    this.rtree = suspendRtreeInsertTrigger(db, layer, GEOMETRY_COLUMN);
    this.known = new Set(tableColumns(db, layer));
    this.box = this.prepare(
      `INSERT INTO ${quoteIdent(`rtree_${layer}_${GEOMETRY_COLUMN}`)} VALUES (?, ?, ?, ?, ?)`,
    ).binder;
    this.records = new BulkInsertRecords(db, tx, layer, newId);
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
            throw alreadyExists(this.layer, uids[i]!);
          throw e;
        }
        this.addBox(batch, i, insert.lastInsertRowid());
        this.records.add(uids[i]!);
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
    this.records.dispose();
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
      if (unknown.length) throw new Error(`layer ${this.layer} has no field(s) ${unknown.join(', ')}`);
      const names = [GEOMETRY_COLUMN, 'uid', ...columns].map(quoteIdent);
      s = this.prepare(
        `INSERT INTO ${quoteIdent(this.layer)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
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
        all(this.db, `SELECT uid FROM ${quoteIdent(this.layer)}`).map((r) => String(r.uid)),
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
}
