// The index text and MATCH expressions against a real FTS5 (the SQLite WASM build the project ships), so a
// typed quote, `*` or NEAR is proven harmless by SQLite itself, not by reading the string.
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ftsMatchExpression, searchIndexText } from './fts5';

type Db = InstanceType<Awaited<ReturnType<typeof sqlite3InitModule>>['oo1']['DB']>;
let db: Db;

const FEATURES: Array<[uid: string, name: string | null, code: string | null]> = [
  ['b1', 'Cầu Đắk Bla', 'QL.14'],
  ['b2', 'Cầu Đăk Tờ Kan', 'QL.40B'],
  ['r1', 'Quốc lộ 14', 'QL.14'],
  ['r2', 'Đường tỉnh 671', 'ĐT.671'],
  ['r3', 'Đường "NEAR" * OR', 'ĐH.87'],
  ['r4', null, 'QL.1'],
  ['r5', 'Cao tốc Bắc – Nam', 'CT.01'],
];

beforeAll(async () => {
  const sqlite3 = await sqlite3InitModule();
  db = new sqlite3.oo1.DB(':memory:');
  db.exec('CREATE VIRTUAL TABLE search USING fts5(uid UNINDEXED, text)');
  for (const [uid, name, code] of FEATURES) {
    db.exec({ sql: 'INSERT INTO search VALUES (?, ?)', bind: [uid, searchIndexText([name, code])] });
  }
});

function search(typed: string): string[] {
  const match = ftsMatchExpression(typed);
  if (match === null) return [];
  return db
    .selectArrays('SELECT uid FROM search WHERE search MATCH ? ORDER BY uid', [match])
    .map((row) => String(row[0]));
}

describe('FTS5 search over folded text', () => {
  it.each([
    ['cau dak bla', ['b1']],
    ['Cầu Đắk Bla', ['b1']],
    ['CẦU ĐẮK BLA'.normalize('NFD'), ['b1']],
    ['cau dak', ['b1', 'b2']],
    ['ql14', ['b1', 'r1']],
    ['QL 14', ['b1', 'r1']],
    ['Quốc lộ 14', ['b1', 'r1']],
    ['ql1', ['b1', 'r1', 'r4']],
    ['tl671', ['r2']],
    ['ql40b', ['b2']],
    ['ct1', ['r5']],
    ['bac nam', ['r5']],
    ['duong', ['r2', 'r3']],
  ])('%j finds %j', (typed, uids) => expect(search(typed)).toEqual(uids));

  it.each([
    '"',
    '""',
    '"cầu',
    'cầu"*',
    '*',
    'NEAR(cầu đắk)',
    'NEAR',
    'cầu OR',
    'AND',
    'uid:b1',
    '-cầu',
    '^cầu',
    '(',
    'a:b:c',
    "'; DROP TABLE search; --",
  ])('the typed text %j never breaks the query', (typed) => expect(() => search(typed)).not.toThrow());

  it('finds a name that itself contains FTS5 syntax words', () => {
    expect(search('"NEAR" * OR')).toEqual(['r3']);
    expect(search('near')).toEqual(['r3']);
  });
});
