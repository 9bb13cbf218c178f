// Exports a layer as a stand-alone GeoPackage in any registry CRS (validator-clean: SRS row with OGC WKT,
// R*Tree index, extents). Written to a temporary file and renamed, so a failed export leaves nothing behind.
import fs from 'node:fs';
import { mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { getCrs } from '../../../domain/location/crs';
import { ogcWkt } from '../../../domain/location/wkt';
import { columnBox, columnGpbTransient } from '../../geopackage/geometry-column';
import type { ColumnSpec } from '../../geopackage/schema';
import { createCoreTables, createFeatureTable, suspendRtreeInsertTrigger } from '../../geopackage/schema';
import {
  exportDatabase,
  lastInsertRowid,
  openDatabase,
  quoteIdent,
  run,
  runCached,
} from '../../geopackage/sqlite-engine';
import type { ExportData, ExportStream } from '../records';

const SQL_TYPE: Record<ExportData['fields'][number]['kind'], ColumnSpec['sqlType']> = {
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  date: 'DATETIME',
};

/** Writes each dataset as a feature table, a page at a time; returns how many features were written. */
export async function writeGeoPackage(out: string, datasets: ExportStream[]): Promise<number> {
  const db = await openDatabase();
  let count = 0;
  try {
    db.exec('BEGIN');
    createCoreTables(db);
    const srsDone = new Set([4326]);
    for (const data of datasets) {
      const crs = getCrs(data.crs);
      if (!srsDone.has(crs.epsg)) {
        run(db, 'INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)', [
          crs.name,
          crs.epsg,
          'EPSG',
          crs.epsg,
          ogcWkt(crs.code),
          crs.label,
        ]);
        srsDone.add(crs.epsg);
      }
      createFeatureTable(db, {
        table: data.layer,
        geometryColumn: 'geom',
        geometryType: data.geometryType,
        srsId: crs.epsg,
        identifier: data.title,
        description: data.title,
        columns: data.fields.map((f) => ({ name: f.name, sqlType: SQL_TYPE[f.kind] })),
      });
      const names = ['geom', ...data.fields.map((f) => f.name)];
      const insert = `INSERT INTO ${quoteIdent(data.layer)} (${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`;
      const rtree = suspendRtreeInsertTrigger(db, data.layer, 'geom');
      let box: BBox | null = null;
      for await (const page of data.pages()) {
        const g = page.geometries;
        for (let i = 0; i < g.count; i++) {
          const attributes = page.attributes[i]!;
          // The blob is bound (copied by SQLite) at once.
          runCached(db, insert, [
            columnGpbTransient(g, i, crs.epsg),
            ...data.fields.map((f) => attributes[f.name] ?? null),
          ]);
          const featureBox = columnBox(g, i);
          if (!featureBox) continue;
          box = mergeBBox(box, featureBox);
          rtree.add(lastInsertRowid(db), featureBox);
        }
        count += g.count;
      }
      rtree.restore();
      if (box)
        run(db, 'UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=? WHERE table_name=?', [
          ...box,
          data.layer,
        ]);
    }
    db.exec('COMMIT');
    const tmp = `${out}.tmp`;
    fs.writeFileSync(tmp, await exportDatabase(db));
    fs.renameSync(tmp, out);
    return count;
  } finally {
    db.close();
  }
}
