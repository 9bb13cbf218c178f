// GeoPackage core tables, spatial reference systems and feature tables with their R*Tree index,
// written to pass GDAL's validate_gpkg.py --extra (the trigger set is GDAL 3.6's, GeoPackage 1.2 §F.3).
import type { Database } from './sqlite-engine';
import { all, one, quoteIdent, run, runCached } from './sqlite-engine';

export const GPKG_APPLICATION_ID = 0x47504b47;
export const GPKG_USER_VERSION = 10200;

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
  'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';

export function isGeoPackage(db: Database): boolean {
  return Boolean(one(db, "SELECT 1 AS ok FROM sqlite_master WHERE type='table' AND name='gpkg_contents'"));
}

export function createCoreTables(db: Database): void {
  db.exec(`
    PRAGMA application_id = ${GPKG_APPLICATION_ID};
    PRAGMA user_version = ${GPKG_USER_VERSION};
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
      description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
      identifier TEXT UNIQUE, description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
      definition TEXT NOT NULL, scope TEXT NOT NULL,
      CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
  `);
  const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)');
  try {
    for (const row of [
      [
        'Undefined cartesian SRS',
        -1,
        'NONE',
        -1,
        'undefined',
        'undefined cartesian coordinate reference system',
      ],
      [
        'Undefined geographic SRS',
        0,
        'NONE',
        0,
        'undefined',
        'undefined geographic coordinate reference system',
      ],
      [
        'WGS 84 geodetic',
        4326,
        'EPSG',
        4326,
        WGS84_WKT,
        'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
      ],
    ]) {
      srs.bind(row).stepReset();
    }
  } finally {
    srs.finalize();
  }
}

export interface ColumnSpec {
  name: string;
  sqlType: 'TEXT' | 'INTEGER' | 'REAL' | 'DATETIME' | 'DATE' | 'BLOB';
  notNull?: boolean;
}

export interface FeatureTableSpec {
  table: string;
  geometryColumn: string;
  geometryType: string;
  srsId: number;
  identifier: string;
  description: string;
  columns: readonly ColumnSpec[];
}

export function createFeatureTable(db: Database, spec: FeatureTableSpec): void {
  const t = quoteIdent(spec.table);
  const g = quoteIdent(spec.geometryColumn);
  const cols = spec.columns.map((c) => `${quoteIdent(c.name)} ${c.sqlType}${c.notNull ? ' NOT NULL' : ''}`);
  run(
    db,
    `CREATE TABLE ${t} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ${g} ${spec.geometryType}, ${cols.join(', ')})`,
  );
  run(
    db,
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, ?, ?)`,
    [spec.table, spec.identifier, spec.description, spec.srsId],
  );
  run(db, 'INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [
    spec.table,
    spec.geometryColumn,
    spec.geometryType,
    spec.srsId,
  ]);
  createRtreeIndex(db, spec.table, spec.geometryColumn, 'fid');
}

export function createRtreeIndex(db: Database, table: string, column: string, pk: string): void {
  const rt = quoteIdent(`rtree_${table}_${column}`);
  const t = quoteIdent(table);
  const c = quoteIdent(column);
  const id = quoteIdent(pk);
  const name = (suffix: string) => quoteIdent(`rtree_${table}_${column}_${suffix}`);
  const values = `(NEW.${id}, ST_MinX(NEW.${c}), ST_MaxX(NEW.${c}), ST_MinY(NEW.${c}), ST_MaxY(NEW.${c}))`;
  db.exec(`
    CREATE VIRTUAL TABLE ${rt} USING rtree(id, minx, maxx, miny, maxy);
    INSERT OR REPLACE INTO ${rt} SELECT ${id}, ST_MinX(${c}), ST_MaxX(${c}), ST_MinY(${c}), ST_MaxY(${c}) FROM ${t}
      WHERE ${c} NOT NULL AND NOT ST_IsEmpty(${c});
    CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${t} WHEN (new.${c} NOT NULL AND NOT ST_IsEmpty(NEW.${c}))
      BEGIN INSERT OR REPLACE INTO ${rt} VALUES ${values}; END;
    CREATE TRIGGER ${name('update1')} AFTER UPDATE OF ${c} ON ${t} WHEN OLD.${id} = NEW.${id} AND
      (NEW.${c} NOTNULL AND NOT ST_IsEmpty(NEW.${c})) BEGIN INSERT OR REPLACE INTO ${rt} VALUES ${values}; END;
    CREATE TRIGGER ${name('update2')} AFTER UPDATE OF ${c} ON ${t} WHEN OLD.${id} = NEW.${id} AND
      (NEW.${c} ISNULL OR ST_IsEmpty(NEW.${c})) BEGIN DELETE FROM ${rt} WHERE id = OLD.${id}; END;
    CREATE TRIGGER ${name('update3')} AFTER UPDATE ON ${t} WHEN OLD.${id} != NEW.${id} AND
      (NEW.${c} NOTNULL AND NOT ST_IsEmpty(NEW.${c}))
      BEGIN DELETE FROM ${rt} WHERE id = OLD.${id}; INSERT OR REPLACE INTO ${rt} VALUES ${values}; END;
    CREATE TRIGGER ${name('update4')} AFTER UPDATE ON ${t} WHEN OLD.${id} != NEW.${id} AND
      (NEW.${c} ISNULL OR ST_IsEmpty(NEW.${c})) BEGIN DELETE FROM ${rt} WHERE id IN (OLD.${id}, NEW.${id}); END;
    CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${t} WHEN old.${c} NOT NULL
      BEGIN DELETE FROM ${rt} WHERE id = OLD.${id}; END;
  `);
  run(
    db,
    `INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')`,
    [table, column],
  );
}

/** Fills a table's R*Tree directly while many rows go in; see suspendRtreeInsertTrigger. */
export interface RtreeLoader {
  /** Whether the table has an R*Tree (with its insert trigger) to fill. */
  readonly indexed: boolean;
  /** The box of row `fid` (minX, minY, maxX, maxY). */
  add(fid: number, box: readonly [number, number, number, number]): void;
  /** Puts the insert trigger's own SQL (ours or GDAL's) back. */
  restore(): void;
}

/**
 * For bulk inserts: the R*Tree insert trigger calls back into JavaScript five times per row (ST_MinX …), so it
 * is dropped while the rows go in and the caller adds each box itself. Inside the caller's transaction, so a
 * failure rolls the trigger back too.
 */
export function suspendRtreeInsertTrigger(db: Database, table: string, column: string): RtreeLoader {
  const name = `rtree_${table}_${column}_insert`;
  const row = one(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]);
  const sql = row ? String(row.sql) : null;
  if (sql) run(db, `DROP TRIGGER ${quoteIdent(name)}`);
  const insert = `INSERT OR REPLACE INTO ${quoteIdent(`rtree_${table}_${column}`)} VALUES (?, ?, ?, ?, ?)`;
  return {
    indexed: sql !== null,
    add: (fid, box) => {
      if (sql) runCached(db, insert, [fid, box[0], box[2], box[1], box[3]]);
    },
    restore: () => {
      if (sql) db.exec(sql);
    },
  };
}

/** A plain (non-spatial) table registered in gpkg_contents so GeoPackage readers list it. */
export function createAttributeTable(
  db: Database,
  table: string,
  description: string,
  columnsSql: string,
): void {
  run(
    db,
    `CREATE TABLE ${quoteIdent(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ${columnsSql})`,
  );
  run(
    db,
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)`,
    [table, table, description],
  );
}

export interface GeometryColumnInfo {
  table: string;
  column: string;
  geometryType: string;
  srsId: number;
  pk: string;
  hasRtree: boolean;
}

export function geometryColumns(db: Database): GeometryColumnInfo[] {
  return all(db, 'SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns').map(
    (r) => {
      const table = String(r.table_name);
      const column = String(r.column_name);
      const pkRow = all(db, `PRAGMA table_info(${quoteIdent(table)})`).find((c) => Number(c.pk) === 1);
      const rtree = one(db, "SELECT 1 AS ok FROM sqlite_master WHERE type='table' AND name=?", [
        `rtree_${table}_${column}`,
      ]);
      return {
        table,
        column,
        geometryType: String(r.geometry_type_name),
        srsId: Number(r.srs_id),
        pk: pkRow ? String(pkRow.name) : 'rowid',
        hasRtree: Boolean(rtree),
      };
    },
  );
}

/** Sets gpkg_contents extents from the R*Tree (exact), or from scanning the geometry column. */
export function refreshExtent(db: Database, info: GeometryColumnInfo): void {
  const t = quoteIdent(info.table);
  const c = quoteIdent(info.column);
  const sql = info.hasRtree
    ? `SELECT min(minx) AS a, min(miny) AS b, max(maxx) AS c, max(maxy) AS d FROM ${quoteIdent(`rtree_${info.table}_${info.column}`)}`
    : `SELECT min(ST_MinX(${c})) AS a, min(ST_MinY(${c})) AS b, max(ST_MaxX(${c})) AS c, max(ST_MaxY(${c})) AS d FROM ${t}`;
  const r = one(db, sql);
  run(db, 'UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=? WHERE table_name=?', [
    r?.a ?? null,
    r?.b ?? null,
    r?.c ?? null,
    r?.d ?? null,
    info.table,
  ]);
}
