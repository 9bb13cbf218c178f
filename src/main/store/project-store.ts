// A project = a GeoPackage file + its journal (design.md §3). The database lives in memory; every commit is
// journaled and fsynced before it returns; a checkpoint rewrites the file atomically and empties the journal.
import fs from 'node:fs';
import path from 'node:path';
import type { ChangeRecord, ChangeTransaction, TransactionKind } from '../../domain/changes/change';
import type { ChangeAction } from '../../domain/changes/change-action';
import { legacyAction } from '../../domain/changes/change-action';
import type { BBox } from '../../domain/geometry/geojson';
import type { LayerName } from '../../domain/assets/layers';
import type { FeatureBatch } from '../geopackage/feature-batch';
import type { Database } from '../geopackage/sqlite-engine';
import { forEachImageChunk, openDatabase, openDatabaseFile } from '../geopackage/sqlite-engine';
import { geometryColumns, refreshExtent } from '../geopackage/schema';
import { applyTransaction, expandExtents } from './change-log/apply';
import { BulkInsertWriter } from './change-log/bulk-insert';
import { insertTransaction } from './change-log/records';
import { Journal } from './journal';
import { migrate } from './migrations';
import { readMeta, writeMeta } from './meta';
import { ProjectReader } from './project-reader';
import { acquireLock } from './project-lock';

/** Named moments where tests may inject a crash (never set in production). */
export type FaultPoint = 'commit:after-journal' | 'checkpoint:after-temp' | 'checkpoint:after-rename';

export interface StoreOptions {
  newId: () => string;
  now: () => string;
  /** Checkpoint automatically once the journal grows past this many bytes. */
  checkpointBytes?: number;
  fault?: (point: FaultPoint) => void;
}

export interface NewProjectSettings {
  name: string;
  province: string;
  workingCrs: string;
}

export interface CommitInput {
  kind: TransactionKind;
  action: ChangeAction;
  reverses?: string | null;
  author: string;
  changes: ChangeRecord[];
  /**
   * 'journal': one fsynced journal line, file rewritten later. 'snapshot': for large transactions (imports)
   * the new file itself is the durable record — no giant journal line, nothing written twice. Default: by
   * size (SNAPSHOT_CHANGES).
   */
  durability?: 'journal' | 'snapshot';
}

/**
 * Transactions with at least this many changes (imports, undoing one) are made durable by snapshot unless the
 * caller says otherwise: one journal line of 100k features would pass V8's string limit and be written twice.
 */
export const SNAPSHOT_CHANGES = 1000;

export interface ImportInput {
  /** What the history calls it, once the count is known. */
  action: (count: number) => ChangeAction;
  author: string;
  layer: LayerName;
}

/** What landed: the transaction's id and sequence number and how many features it inserted (none: no tx). */
export interface ImportResult {
  txId: string | null;
  seq: number;
  count: number;
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class ProjectStore {
  /** Everything services may read: features, layers, history. The database itself stays in here. */
  readonly read: ProjectReader;
  private journal: Journal;
  private seq: number;
  private closed = false;
  /** Changes since the last checkpoint (closing an unchanged project rewrites nothing). */
  private dirty = false;
  /** Writes run one after another: an import keeps its transaction open while its batches arrive. */
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly db: Database,
    readonly projectId: string,
    private readonly options: StoreOptions,
    private readonly unlock: () => void,
  ) {
    this.seq = Number(readMeta(db, 'last_seq') ?? 0);
    this.journal = new Journal(`${path}.journal`);
    this.read = new ProjectReader(db);
  }

  static async create(
    file: string,
    settings: NewProjectSettings,
    options: StoreOptions,
  ): Promise<ProjectStore> {
    if (fs.existsSync(file)) throw new Error(`${file} already exists; choose another name or open it`);
    const db = await openDatabase();
    db.exec('BEGIN');
    migrate(db);
    const projectId = options.newId();
    writeMeta(db, 'project_id', projectId);
    writeMeta(db, 'name', settings.name);
    writeMeta(db, 'province', settings.province);
    writeMeta(db, 'working_crs', settings.workingCrs);
    writeMeta(db, 'created_at', options.now());
    writeMeta(db, 'last_seq', '0');
    db.exec('COMMIT');
    const unlock = acquireLock(file);
    const store = new ProjectStore(file, db, projectId, options, unlock);
    await store.checkpoint();
    return store;
  }

  static async open(file: string, options: StoreOptions): Promise<ProjectStore> {
    if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
    const unlock = acquireLock(file);
    try {
      const db = await openDatabaseFile(file);
      let upgraded = false;
      db.exec('BEGIN');
      try {
        const { from, to } = migrate(db);
        upgraded = from !== to;
        if (!readMeta(db, 'project_id')) writeMeta(db, 'project_id', options.newId());
        if (from !== to && from === 0) {
          writeMeta(db, 'name', path.basename(file, path.extname(file)));
          writeMeta(db, 'last_seq', '0');
        }
        db.exec('COMMIT');
      } catch (e) {
        db.exec('ROLLBACK');
        db.close();
        throw e;
      }
      const projectId = readMeta(db, 'project_id')!;
      const store = new ProjectStore(file, db, projectId, options, unlock);
      store.dirty = upgraded; // an upgraded schema must reach the file even if nothing else changes
      store.replayJournal();
      return store;
    } catch (e) {
      unlock();
      throw e;
    }
  }

  /** Re-applies journaled transactions the file does not hold yet (after a crash). */
  private replayJournal(): void {
    const pending = Journal.read(this.journal.path).filter((tx) => tx.seq > this.seq);
    for (const line of pending) {
      // Lines written before transactions carried an action hold a Vietnamese label instead.
      const old = line as ChangeTransaction & { label?: string };
      const tx: ChangeTransaction = old.action ? line : { ...line, action: legacyAction(old.label ?? '') };
      if (tx.projectId !== this.projectId) {
        throw new Error(
          `${this.journal.path} belongs to another project; move it aside to open ${this.path}`,
        );
      }
      this.db.exec('BEGIN');
      try {
        applyTransaction(this.db, tx);
        this.db.exec('COMMIT');
      } catch (e) {
        this.db.exec('ROLLBACK');
        throw new Error(
          `replaying ${this.journal.path} failed at change ${tx.seq}: ${(e as Error).message}`,
          { cause: e },
        );
      }
      this.seq = tx.seq;
      this.dirty = true;
    }
  }

  get lastSeq(): number {
    return this.seq;
  }

  meta(key: string): string | null {
    return readMeta(this.db, key);
  }

  /**
   * Applies the changes in one SQLite transaction, journals and fsyncs them, then commits in memory.
   * Any failure leaves the database and the journal as they were.
   */
  commit(input: CommitInput): Promise<ChangeTransaction> {
    return this.exclusive(() => this.commitNow(input));
  }

  private async commitNow(input: CommitInput): Promise<ChangeTransaction> {
    this.assertOpen();
    const tx: ChangeTransaction = {
      projectId: this.projectId,
      txId: this.options.newId(),
      seq: this.seq + 1,
      kind: input.kind,
      action: input.action,
      reverses: input.reverses ?? null,
      author: input.author,
      time: this.options.now(),
      changes: input.changes,
    };
    const durability =
      input.durability ?? (input.changes.length >= SNAPSHOT_CHANGES ? 'snapshot' : 'journal');
    if (durability === 'snapshot') return this.commitBySnapshot(tx);
    this.db.exec('BEGIN');
    try {
      applyTransaction(this.db, tx);
      this.journal.append(tx);
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
    this.options.fault?.('commit:after-journal');
    this.db.exec('COMMIT');
    this.seq = tx.seq;
    this.dirty = true;
    if (this.journal.size() > (this.options.checkpointBytes ?? 8 * 1024 * 1024)) this.checkpointNow();
    return tx;
  }

  /**
   * Keeps the SQLite transaction open while the whole database (this connection sees its own uncommitted
   * pages) is written next to the project and renamed over it: the rename is the commit point. Anything that
   * fails before it rolls back in memory and leaves the file as it was.
   */
  private async commitBySnapshot(tx: ChangeTransaction): Promise<ChangeTransaction> {
    this.db.exec('BEGIN');
    try {
      applyTransaction(this.db, tx);
      this.writeTemp();
      this.publishTemp();
    } catch (e) {
      this.db.exec('ROLLBACK');
      fs.rmSync(this.tempPath, { force: true });
      throw e;
    }
    this.db.exec('COMMIT');
    this.seq = tx.seq;
    this.journal.truncate();
    this.dirty = false;
    this.afterRename();
    return tx;
  }

  /**
   * An import: the store pulls feature batches from `batches` and writes each at once, all inside one SQLite
   * transaction whose commit point is the new file (as commitBySnapshot). Other writes wait until it lands or
   * rolls back; reads in between see the rows written so far. If `batches` throws, nothing lands.
   */
  importBatches(input: ImportInput, batches: AsyncIterable<FeatureBatch>): Promise<ImportResult> {
    return this.exclusive(async () => {
      this.assertOpen();
      const header = {
        txId: this.options.newId(),
        seq: this.seq + 1,
        kind: 'import' as const,
        action: input.action(0),
        reverses: null,
        author: input.author,
        time: this.options.now(),
      };
      this.db.exec('BEGIN');
      let writer: BulkInsertWriter | null = null;
      try {
        writer = new BulkInsertWriter(this.db, header, input.layer, this.options.newId);
        for await (const batch of batches) writer.add(batch);
        const count = writer.count;
        const extent: BBox | null = writer.finish();
        writer = null;
        if (count === 0) {
          this.db.exec('ROLLBACK');
          return { txId: null, seq: this.seq, count: 0 };
        }
        expandExtents(this.db, new Map([[input.layer, extent]]));
        insertTransaction(this.db, { ...header, action: input.action(count) });
        this.writeTemp();
        this.publishTemp();
        this.db.exec('COMMIT');
        this.seq = header.seq;
        this.journal.truncate();
        this.dirty = false;
        this.afterRename();
        return { txId: header.txId, seq: header.seq, count };
      } catch (e) {
        writer?.dispose();
        this.db.exec('ROLLBACK');
        fs.rmSync(this.tempPath, { force: true });
        throw e;
      }
    });
  }

  /** Writes the whole database next to the project, fsyncs, renames it over, then empties the journal. */
  checkpoint(): Promise<void> {
    return this.exclusive(async () => this.checkpointNow());
  }

  private checkpointNow(): void {
    this.assertOpen();
    this.writeTemp();
    this.publishTemp();
    this.journal.truncate();
    this.dirty = false;
    this.afterRename();
  }

  private get tempPath(): string {
    return `${this.path}.tmp`;
  }

  /** The database image (extents refreshed) written next to the project and fsynced. */
  private writeTemp(): void {
    for (const info of geometryColumns(this.db)) refreshExtent(this.db, info);
    const fd = fs.openSync(this.tempPath, 'w');
    try {
      // Streamed out of WASM memory through the pager: it sees an open transaction's pages too, and no copy
      // of the whole database is made in JavaScript.
      forEachImageChunk(this.db, (bytes, offset) => {
        for (let done = 0; done < bytes.length;)
          done += fs.writeSync(fd, bytes, done, bytes.length - done, offset + done);
      });
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.options.fault?.('checkpoint:after-temp');
  }

  /** The atomic step: once the rename is done, the file holds the new state. */
  private publishTemp(): void {
    fs.renameSync(this.tempPath, this.path);
  }

  /** Makes the rename itself durable. */
  private afterRename(): void {
    fsyncDir(path.dirname(path.resolve(this.path)));
    this.options.fault?.('checkpoint:after-rename');
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      if (this.closed) return;
      if (this.dirty || this.journal.size() > 0) this.checkpointNow();
      this.closed = true;
      this.journal.close();
      this.db.close();
      this.unlock();
    });
  }

  /** Runs `work` after every write queued before it, whether those succeeded or not. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`${this.path} is closed`);
  }
}
