import { describe, expect, it } from 'vitest';
import { all, lastInsertRowid, openDatabase, runCached } from './sqlite-engine';

describe('binding through the C API', () => {
  it('stores every value type as the oo1 binder would', async () => {
    const db = await openDatabase();
    db.exec('CREATE TABLE t(a TEXT, b INTEGER, c REAL, d BLOB, e TEXT, f INTEGER)');
    runCached(db, 'INSERT INTO t VALUES (?,?,?,?,?,?)', [
      'Cầu Đắk Bla — km 12+350',
      2 ** 40,
      3.25,
      new Uint8Array([0, 1, 255]),
      null,
      true,
    ]);
    expect(lastInsertRowid(db)).toBe(1);
    expect(db.selectObject('SELECT a, b, typeof(b) tb, c, hex(d) d, e, f FROM t')).toEqual({
      a: 'Cầu Đắk Bla — km 12+350',
      b: 2 ** 40,
      tb: 'integer',
      c: 3.25,
      d: '0001FF',
      e: null,
      f: 1,
    });
    expect(() => runCached(db, 'INSERT INTO t VALUES (?,?,?,?,?,?)', ['too few'])).toThrow(
      /takes 6 parameters, 1 given/u,
    );
    db.close();
  });

  it('reads every value type back as oo1 does, including big integers, empty blobs and bound filters', async () => {
    const db = await openDatabase();
    db.exec(`CREATE TABLE t(a TEXT, b INTEGER, c REAL, d BLOB, e TEXT);
      INSERT INTO t VALUES ('Đường tỉnh 671', 9007199254740993, -0.5, x'00ff', NULL),
                           ('', -7, 1e300, x'', 'x');`);
    const sql = 'SELECT a, b, c, d, e FROM t WHERE c < ? ORDER BY rowid';
    expect(all(db, sql, [10])).toEqual(db.selectObjects(sql, [10]));
    expect(all(db, sql, [2e300])).toEqual([
      { a: 'Đường tỉnh 671', b: 9007199254740993n, c: -0.5, d: new Uint8Array([0, 255]), e: null },
      { a: '', b: -7, c: 1e300, d: new Uint8Array([]), e: 'x' },
    ]);
    expect(all(db, sql, [0])).toHaveLength(1);
    expect(all(db, 'SELECT count(*) n FROM t')).toEqual([{ n: 2 }]);
    db.close();
  });

  // This loop crashed Node 20 (SIGSEGV) while TurboFan inlined the JS→Wasm calls; see raw-binding.ts.
  it('survives a hot loop of 200k inserts with text, blobs and numbers', async () => {
    const db = await openDatabase();
    db.exec('CREATE TABLE t(fid INTEGER PRIMARY KEY, uid TEXT UNIQUE, name TEXT, x REAL, g BLOB)');
    db.exec('BEGIN');
    const blob = new Uint8Array(380).fill(7);
    for (let i = 0; i < 200_000; i++) {
      runCached(db, 'INSERT INTO t(uid, name, x, g) VALUES (?,?,?,?)', [
        `u-${i}`,
        `Đường liên xã số ${i}`,
        i / 2,
        blob,
      ]);
    }
    db.exec('COMMIT');
    expect(db.selectObject('SELECT count(*) n, sum(x) s, sum(length(g)) g FROM t')).toEqual({
      n: 200_000,
      s: (199_999 * 200_000) / 4,
      g: 380 * 200_000,
    });
    db.close();
  });
});
