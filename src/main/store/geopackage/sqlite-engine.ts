// The official SQLite WASM build (design.md §2): R*Tree and FTS5 in-process, no native module.
// A database lives in WASM memory; it is loaded from and saved to bytes by the caller.
import fs from 'node:fs';
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { gpbEnvelope, readGpbHeader } from './geometry-blob';

type Sqlite3 = Awaited<ReturnType<typeof sqlite3InitModule>>;
export type Database = InstanceType<Sqlite3['oo1']['DB']>;
export type SqlValue = string | number | null | Uint8Array | bigint;
export type Row = Record<string, SqlValue>;

let modulePromise: Promise<Sqlite3> | null = null;

export function loadSqlite(): Promise<Sqlite3> {
  modulePromise ??= sqlite3InitModule();
  return modulePromise;
}

function asBlob(v: unknown): Uint8Array | null {
  return v instanceof Uint8Array ? v : null;
}

/** The functions GeoPackage R*Tree triggers call (GeoPackage 1.2 §F.3), as GDAL and QGIS expect them. */
function registerSpatialFunctions(db: Database): void {
  const envelopeOf = (v: unknown) => {
    const blob = asBlob(v);
    return blob ? gpbEnvelope(blob) : null;
  };
  const opts = { arity: 1, deterministic: true } as const;
  db.createFunction(
    'ST_IsEmpty',
    (_ctx: number, v: unknown) => {
      const blob = asBlob(v);
      if (!blob) return null;
      return readGpbHeader(blob).empty || gpbEnvelope(blob) === null ? 1 : 0;
    },
    opts,
  );
  db.createFunction('ST_MinX', (_ctx: number, v: unknown) => envelopeOf(v)?.[0] ?? null, opts);
  db.createFunction('ST_MinY', (_ctx: number, v: unknown) => envelopeOf(v)?.[1] ?? null, opts);
  db.createFunction('ST_MaxX', (_ctx: number, v: unknown) => envelopeOf(v)?.[2] ?? null, opts);
  db.createFunction('ST_MaxY', (_ctx: number, v: unknown) => envelopeOf(v)?.[3] ?? null, opts);
  // GDAL's GeoPackage triggers also validate geometry types/SRS through these when present.
  db.createFunction(
    'ST_GeometryType',
    (_ctx: number, v: unknown) => {
      const blob = asBlob(v);
      return blob ? (geometryTypeName(blob) ?? null) : null;
    },
    opts,
  );
  db.createFunction(
    'ST_SRID',
    (_ctx: number, v: unknown) => {
      const blob = asBlob(v);
      return blob ? readGpbHeader(blob).srsId : null;
    },
    opts,
  );
}

const TYPE_NAMES = [
  'GEOMETRY',
  'POINT',
  'LINESTRING',
  'POLYGON',
  'MULTIPOINT',
  'MULTILINESTRING',
  'MULTIPOLYGON',
  'GEOMETRYCOLLECTION',
];

function geometryTypeName(blob: Uint8Array): string | undefined {
  const h = readGpbHeader(blob);
  if (blob.length < h.wkbOffset + 5) return undefined;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const le = view.getUint8(h.wkbOffset) === 1;
  const code = view.getUint32(h.wkbOffset + 1, le) & 0x0fffffff;
  return TYPE_NAMES[code % 1000];
}

/** Opens a database from bytes (copied into WASM memory), or a new empty one. */
export async function openDatabase(bytes?: Uint8Array): Promise<Database> {
  const sqlite3 = await loadSqlite();
  if (!bytes || bytes.length === 0) return prepare(new sqlite3.oo1.DB());
  return deserializeInto(sqlite3, sqlite3.wasm.allocFromTypedArray(bytes), bytes.length);
}

/** Opens a database file by reading it straight into WASM memory: one read, no intermediate copies. */
export async function openDatabaseFile(file: string): Promise<Database> {
  const sqlite3 = await loadSqlite();
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return prepare(new sqlite3.oo1.DB());
    const p = sqlite3.wasm.alloc(size);
    let done = 0;
    while (done < size) {
      // Take the heap view after alloc: growing WASM memory detaches older views.
      const n = fs.readSync(fd, sqlite3.wasm.heap8u(), Number(p) + done, size - done, done);
      if (n === 0) throw new Error(`${file} ended early while reading (${done} of ${size} bytes)`);
      done += n;
    }
    return deserializeInto(sqlite3, p, size);
  } finally {
    fs.closeSync(fd);
  }
}

function deserializeInto(sqlite3: Sqlite3, p: ReturnType<Sqlite3['wasm']['alloc']>, size: number): Database {
  const db = new sqlite3.oo1.DB();
  const rc = sqlite3.capi.sqlite3_deserialize(
    db.pointer!,
    'main',
    p,
    size,
    size,
    sqlite3.capi.SQLITE_DESERIALIZE_FREEONCLOSE | sqlite3.capi.SQLITE_DESERIALIZE_RESIZEABLE,
  );
  if (rc !== 0) {
    db.close();
    throw new Error(
      `SQLite could not load the file (error ${rc}): it is not a SQLite database or is damaged`,
    );
  }
  return prepare(db);
}

function prepare(db: Database): Database {
  registerSpatialFunctions(db);
  db.exec('PRAGMA foreign_keys = ON');
  return db;
}

export async function exportDatabase(db: Database): Promise<Uint8Array> {
  const sqlite3 = await loadSqlite();
  return sqlite3.capi.sqlite3_js_db_export(db);
}

/**
 * The database image as this connection sees it, uncommitted changes of its open transaction included. (The
 * export of a deserialized database copies its memory file, which holds only committed pages.) Pages are read
 * through sqlite_dbpage; the header's page count is set and marked valid so every reader trusts it.
 */
export function imageThroughPager(db: Database): Uint8Array {
  const pageSize = Number(db.selectValue('PRAGMA page_size'));
  const pages = Number(db.selectValue('SELECT count(*) FROM sqlite_dbpage'));
  const out = new Uint8Array(pages * pageSize);
  const stmt = db.prepare('SELECT pgno, data FROM sqlite_dbpage');
  try {
    while (stmt.step()) out.set(stmt.get(1) as Uint8Array, (Number(stmt.get(0)) - 1) * pageSize);
  } finally {
    stmt.finalize();
  }
  const header = new DataView(out.buffer);
  header.setUint32(28, pages, false); // in-header database size
  header.setUint32(92, header.getUint32(24, false), false); // version-valid-for = change counter
  return out;
}

export function all(db: Database, sql: string, bind?: SqlValue[] | Record<string, SqlValue>): Row[] {
  return db.selectObjects(sql, bind) as Row[];
}

export function one(
  db: Database,
  sql: string,
  bind?: SqlValue[] | Record<string, SqlValue>,
): Row | undefined {
  return db.selectObject(sql, bind) as Row | undefined;
}

export function run(db: Database, sql: string, bind?: SqlValue[] | Record<string, SqlValue>): void {
  db.exec({ sql, bind });
}

type Statement = ReturnType<Database['prepare']>;
const statements = new WeakMap<Database, Map<string, Statement>>();

/** First column of the first row, through the statement cache. */
export function valueCached(db: Database, sql: string, bind: SqlValue[] = []): SqlValue {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  try {
    if (bind.length) stmt.bind(bind);
    return stmt.step() ? (stmt.get(0) as SqlValue) : null;
  } finally {
    stmt.reset(true);
  }
}

/**
 * Runs one statement through a per-database cache of prepared statements (hot write paths: compiling SQL per
 * row costs more than running it). Returns the number of rows changed. Statements are finalized by db.close().
 */
export function runCached(db: Database, sql: string, bind: SqlValue[]): number {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  try {
    stmt.bind(bind).step();
  } finally {
    stmt.reset(true);
  }
  return db.changes();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
