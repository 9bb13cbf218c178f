// The asset tables' rows: which columns a layer has, reading one feature's state, writing one row. Change
// records are not written here (change-log/records.ts is their one writer); this is what they describe.
import type { LayerName } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import { changeFailure } from '../../domain/changes/change-failures';
import { DomainError } from '../../domain/errors';
import type { Database, SqlValue } from '../geopackage/sqlite-engine';
import { all, allCached, quoteIdent, runCached } from '../geopackage/sqlite-engine';
import { GEOMETRY_COLUMN, geometryValue, rowToState } from './asset-tables';

/** A change that cannot apply to the rows as they are: the feature exists already, or no longer exists. */
export class ChangeConflictError extends DomainError {
  constructor(
    code: 'feature_exists' | 'feature_missing',
    readonly layer: LayerName,
    readonly uid: string,
  ) {
    super('conflict', changeFailure(code, { layer, uid }));
  }
}

const columnCache = new WeakMap<Database, Map<string, string[]>>();

/** Attribute columns of a feature table (everything except fid and geometry), cached per database. */
export function tableColumns(db: Database, table: string): string[] {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let cols = perDb.get(table);
  if (!cols) {
    cols = all(db, `PRAGMA table_info(${quoteIdent(table)})`)
      .map((c) => String(c.name))
      .filter((n) => n !== 'fid' && n !== GEOMETRY_COLUMN);
    perDb.set(table, cols);
  }
  return cols;
}

export function readFeatureState(db: Database, layer: LayerName, uid: string): FeatureState | null {
  const [row] = allCached(db, `SELECT * FROM ${quoteIdent(layer)} WHERE uid = ?`, [uid]);
  return row ? rowToState(row, tableColumns(db, layer)) : null;
}

interface RowStatements {
  known: Set<string>;
  names: string[];
  insert: string;
  update: string;
}

// Keyed by the column list tableColumns caches, so a migration's new column list gets new statements.
const rowStatements = new WeakMap<string[], RowStatements>();

function statementsFor(layer: string, cols: string[]): RowStatements {
  let s = rowStatements.get(cols);
  if (!s) {
    const names = cols.filter((n) => n !== 'uid');
    const t = quoteIdent(layer);
    const every = [GEOMETRY_COLUMN, 'uid', ...names].map(quoteIdent).join(', ');
    const sets = [GEOMETRY_COLUMN, ...names].map((n) => `${quoteIdent(n)} = ?`).join(', ');
    s = {
      known: new Set(cols),
      names,
      insert: `INSERT INTO ${t} (${every}) VALUES (${new Array(names.length + 2).fill('?').join(', ')})`,
      update: `UPDATE ${t} SET ${sets} WHERE uid = ?`,
    };
    rowStatements.set(cols, s);
  }
  return s;
}

export const alreadyExists = (layer: LayerName, uid: string) =>
  new ChangeConflictError('feature_exists', layer, uid);

export const noLongerExists = (layer: LayerName, uid: string) =>
  new ChangeConflictError('feature_missing', layer, uid);

/** Inserts or updates one feature's row; returns the number of rows written (0: an update found no row). */
export function writeFeatureRow(
  db: Database,
  layer: LayerName,
  uid: string,
  state: FeatureState,
  mode: 'insert' | 'update',
): number {
  const { known, names, insert, update } = statementsFor(layer, tableColumns(db, layer));
  const unknown = Object.keys(state.properties).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`layer ${layer} has no field(s) ${unknown.join(', ')}`);
  const values: SqlValue[] = names.map((n) => state.properties[n] ?? null);
  if (mode === 'update') return runCached(db, update, [geometryValue(state), ...values, uid]);
  try {
    return runCached(db, insert, [geometryValue(state), uid, ...values]);
  } catch (e) {
    if (/UNIQUE constraint failed/u.test((e as Error).message)) throw alreadyExists(layer, uid);
    throw e;
  }
}

export function deleteFeatureRow(db: Database, layer: LayerName, uid: string): number {
  return runCached(db, `DELETE FROM ${quoteIdent(layer)} WHERE uid = ?`, [uid]);
}
