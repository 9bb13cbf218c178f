// Binds statement parameters through SQLite's C API with one reusable scratch area in WASM memory. The oo1
// wrapper allocates, copies and frees a buffer for every string and blob parameter through generic argument
// converters; on bulk writes that glue cost more than SQLite's own work (bench: 100k rows × 16 columns, 4.3 s
// through oo1 against 0.7 s here). Values are bound SQLITE_STATIC: the scratch stays untouched until the
// statement has stepped, and every parameter is bound afresh on each run.
import v8 from 'node:v8';
import type sqlite3InitModule from '@sqlite.org/sqlite-wasm';

// Node 20's V8 (11.x) crashes the process — SIGSEGV, no exception — once TurboFan inlines these direct
// JS→Wasm calls in a hot loop (reproduced with 100k inserts; indirections only move the crash around). The
// inlining is an optimisation only, so it is turned off before any of this code is optimised. Newer V8s
// (Electron's, Node 22+) are left alone. raw-binding.test.ts runs the loop that crashed.
if (Number(process.versions.v8.split('.')[0]) < 12) v8.setFlagsFromString('--no-turbo-inline-js-wasm-calls');

type Sqlite3 = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Database = InstanceType<Sqlite3['oo1']['DB']>;
type Statement = ReturnType<Database['prepare']>;
export type BindValue = string | number | null | Uint8Array | bigint | boolean;

const SQLITE_ROW = 100;
const SQLITE_DONE = 101;
const SQLITE_STATIC = 0;
const SQLITE_TRANSIENT = -1;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

interface Exports {
  sqlite3_bind_null(stmt: number, i: number): number;
  sqlite3_bind_int(stmt: number, i: number, v: number): number;
  sqlite3_bind_int64(stmt: number, i: number, v: bigint): number;
  sqlite3_bind_double(stmt: number, i: number, v: number): number;
  sqlite3_bind_text(stmt: number, i: number, p: number, n: number, destructor: number): number;
  sqlite3_bind_blob(stmt: number, i: number, p: number, n: number, destructor: number): number;
  sqlite3_bind_parameter_count(stmt: number): number;
  sqlite3_step(stmt: number): number;
  sqlite3_reset(stmt: number): number;
  sqlite3_clear_bindings(stmt: number): number;
  sqlite3_changes(db: number): number;
  sqlite3_last_insert_rowid(db: number): bigint;
  sqlite3_column_count(stmt: number): number;
  sqlite3_column_type(stmt: number, i: number): number;
  sqlite3_column_double(stmt: number, i: number): number;
  sqlite3_column_int64(stmt: number, i: number): bigint;
  sqlite3_column_text(stmt: number, i: number): number;
  sqlite3_column_blob(stmt: number, i: number): number;
  sqlite3_column_bytes(stmt: number, i: number): number;
}

const encoder = new TextEncoder();

/** One scratch area per loaded SQLite module (the module is single-threaded; statements run one at a time). */
const scratch = new WeakMap<Sqlite3, { ptr: number; size: number }>();

function scratchOf(sqlite3: Sqlite3, needed: number): number {
  let s = scratch.get(sqlite3);
  if (!s || s.size < needed) {
    if (s) sqlite3.wasm.dealloc(s.ptr);
    const size = Math.max(needed, s ? s.size * 2 : 1 << 16);
    s = { ptr: Number(sqlite3.wasm.alloc(size)), size };
    scratch.set(sqlite3, s);
  }
  return s.ptr;
}

function bytesNeeded(values: readonly BindValue[]): number {
  let n = 0;
  for (const v of values) {
    if (typeof v === 'string') n += v.length * 3;
    else if (v instanceof Uint8Array) n += v.length;
  }
  return n + 8;
}

function check(sqlite3: Sqlite3, db: Database, rc: number, what: string): void {
  if (rc === 0) return;
  throw new Error(`${sqlite3.capi.sqlite3_js_rc_str(rc)}: ${what}: ${sqlite3.capi.sqlite3_errmsg(db)}`);
}

/** Binds `values` to parameters 1…n of a reset statement. The bytes live in the scratch area until the next bind. */
function bindAll(sqlite3: Sqlite3, db: Database, p: number, values: readonly BindValue[]): void {
  const x = sqlite3.wasm.exports as unknown as Exports;
  if (values.length !== x.sqlite3_bind_parameter_count(p)) {
    throw new Error(
      `statement takes ${x.sqlite3_bind_parameter_count(p)} parameters, ${values.length} given`,
    );
  }
  const base = scratchOf(sqlite3, bytesNeeded(values));
  const heap = sqlite3.wasm.heap8u(); // after any growth of WASM memory (older views detach)
  let at = base;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const i = k + 1;
    let rc: number;
    if (v === null || v === undefined) rc = x.sqlite3_bind_null(p, i);
    else if (typeof v === 'number') {
      rc =
        Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX
          ? x.sqlite3_bind_int(p, i, v)
          : Number.isSafeInteger(v)
            ? x.sqlite3_bind_int64(p, i, BigInt(v))
            : x.sqlite3_bind_double(p, i, v);
    } else if (typeof v === 'string') {
      const { written } = encoder.encodeInto(v, heap.subarray(at, at + v.length * 3));
      rc = x.sqlite3_bind_text(p, i, at, written, SQLITE_STATIC);
      at += written;
    } else if (typeof v === 'boolean') rc = x.sqlite3_bind_int(p, i, v ? 1 : 0);
    else if (typeof v === 'bigint') rc = x.sqlite3_bind_int64(p, i, v);
    else {
      heap.set(v, at);
      rc = x.sqlite3_bind_blob(p, i, at, v.length, SQLITE_STATIC);
      at += v.length;
    }
    check(sqlite3, db, rc, `binding parameter ${i}`);
  }
}

/** Binds `values` to parameters 1…n, steps once and resets. Returns whether the step produced a row. */
export function stepWith(
  sqlite3: Sqlite3,
  db: Database,
  stmt: Statement,
  values: readonly BindValue[],
): boolean {
  const x = sqlite3.wasm.exports as unknown as Exports;
  const p = Number(stmt.pointer);
  bindAll(sqlite3, db, p, values);
  const rc = x.sqlite3_step(p);
  x.sqlite3_reset(p);
  x.sqlite3_clear_bindings(p);
  if (rc !== SQLITE_DONE && rc !== SQLITE_ROW) check(sqlite3, db, rc, 'step');
  return rc === SQLITE_ROW;
}

/** Bytes copied into WASM memory once, for binding many parameters by pointer; free() when done. */
export interface HeapBytes {
  ptr: number;
  free(): void;
}

export function copyToHeap(sqlite3: Sqlite3, bytes: Uint8Array): HeapBytes {
  const ptr = Number(sqlite3.wasm.alloc(Math.max(1, bytes.length)));
  sqlite3.wasm.heap8u().set(bytes, ptr);
  return { ptr, free: () => sqlite3.wasm.dealloc(ptr) };
}

/**
 * Binds one row at a time by parameter index, for bulk writers that keep their values in WASM memory: bytes
 * bound with at() must stay put until step() (SQLITE_STATIC); text() lets SQLite copy (SQLITE_TRANSIENT).
 */
export class RowBinder {
  private readonly x: Exports;
  private readonly p: number;
  private scratch = { ptr: 0, size: 0 };

  constructor(
    private readonly sqlite3: Sqlite3,
    private readonly db: Database,
    stmt: Statement,
  ) {
    this.x = sqlite3.wasm.exports as unknown as Exports;
    this.p = Number(stmt.pointer);
  }

  null(i: number): void {
    this.ok(this.x.sqlite3_bind_null(this.p, i), i);
  }

  number(i: number, v: number): void {
    this.ok(
      Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX
        ? this.x.sqlite3_bind_int(this.p, i, v)
        : this.x.sqlite3_bind_double(this.p, i, v),
      i,
    );
  }

  text(i: number, v: string): void {
    if (this.scratch.size < v.length * 3 + 1) {
      if (this.scratch.ptr) this.sqlite3.wasm.dealloc(this.scratch.ptr);
      const size = Math.max(256, v.length * 3 + 1);
      this.scratch = { ptr: Number(this.sqlite3.wasm.alloc(size)), size };
    }
    const heap = this.sqlite3.wasm.heap8u();
    const { written } = encoder.encodeInto(
      v,
      heap.subarray(this.scratch.ptr, this.scratch.ptr + this.scratch.size),
    );
    this.ok(this.x.sqlite3_bind_text(this.p, i, this.scratch.ptr, written, SQLITE_TRANSIENT), i);
  }

  at(i: number, ptr: number, length: number, type: 'text' | 'blob'): void {
    this.ok(
      type === 'text'
        ? this.x.sqlite3_bind_text(this.p, i, ptr, length, SQLITE_STATIC)
        : this.x.sqlite3_bind_blob(this.p, i, ptr, length, SQLITE_STATIC),
      i,
    );
  }

  /** Steps once, resets and clears the bindings; throws SQLite's message on failure. */
  step(): void {
    const rc = this.x.sqlite3_step(this.p);
    this.x.sqlite3_reset(this.p);
    this.x.sqlite3_clear_bindings(this.p);
    if (rc !== SQLITE_DONE && rc !== SQLITE_ROW) check(this.sqlite3, this.db, rc, 'step');
  }

  lastInsertRowid(): number {
    return Number(this.x.sqlite3_last_insert_rowid(Number(this.db.pointer)));
  }

  dispose(): void {
    if (this.scratch.ptr) this.sqlite3.wasm.dealloc(this.scratch.ptr);
    this.scratch = { ptr: 0, size: 0 };
  }

  private ok(rc: number, i: number): void {
    check(this.sqlite3, this.db, rc, `binding parameter ${i}`);
  }
}

/** Rows changed by the last INSERT/UPDATE/DELETE on this connection. */
export function changesOf(sqlite3: Sqlite3, db: Database): number {
  return (sqlite3.wasm.exports as unknown as Exports).sqlite3_changes(Number(db.pointer));
}

export type RawRow = Record<string, string | number | bigint | Uint8Array | null>;

const decoder = new TextDecoder();
const SQLITE_INTEGER = 1;
const SQLITE_FLOAT = 2;
const SQLITE_TEXT = 3;
const SQLITE_BLOB = 4;

/**
 * Every row of `stmt` bound to `values`, as objects keyed by column name, read through the C API: the oo1
 * row objects cost ~1.5 s of a 100k-feature export. Integers are numbers (bigint beyond 2^53), like oo1's.
 * The statement is reset afterwards.
 */
export function selectRows(
  sqlite3: Sqlite3,
  db: Database,
  stmt: Statement,
  values: readonly BindValue[],
): RawRow[] {
  const x = sqlite3.wasm.exports as unknown as Exports;
  const p = Number(stmt.pointer);
  bindAll(sqlite3, db, p, values);
  const names = Array.from({ length: x.sqlite3_column_count(p) }, (_, i) =>
    String(sqlite3.capi.sqlite3_column_name(p, i)),
  );
  const rows: RawRow[] = [];
  try {
    for (;;) {
      const rc = x.sqlite3_step(p);
      if (rc === SQLITE_DONE) break;
      if (rc !== SQLITE_ROW) check(sqlite3, db, rc, 'step');
      const heap = sqlite3.wasm.heap8u(); // after any growth of WASM memory during the step
      const row: RawRow = {};
      for (let i = 0; i < names.length; i++) {
        const type = x.sqlite3_column_type(p, i);
        let v: RawRow[string];
        if (type === SQLITE_INTEGER) {
          const d = x.sqlite3_column_double(p, i);
          v = Number.isSafeInteger(d) ? d : x.sqlite3_column_int64(p, i);
        } else if (type === SQLITE_FLOAT) v = x.sqlite3_column_double(p, i);
        else if (type === SQLITE_TEXT) {
          const at = x.sqlite3_column_text(p, i);
          v = decoder.decode(heap.subarray(at, at + x.sqlite3_column_bytes(p, i)));
        } else if (type === SQLITE_BLOB) {
          const at = x.sqlite3_column_blob(p, i);
          v = heap.slice(at, at + x.sqlite3_column_bytes(p, i));
        } else v = null;
        row[names[i]!] = v;
      }
      rows.push(row);
    }
  } finally {
    x.sqlite3_reset(p);
    x.sqlite3_clear_bindings(p);
  }
  return rows;
}
