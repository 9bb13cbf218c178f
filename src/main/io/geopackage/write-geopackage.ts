// Exports a layer as a stand-alone GeoPackage in any registry CRS (validator-clean: SRS row with OGC WKT,
// R*Tree index, extents). Written to a temporary file and renamed, so a failed export leaves nothing behind.
import fs from 'node:fs';
import { geometryBBox, mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { getCrs } from '../../../domain/location/crs';
import { ogcWkt } from '../../../domain/location/wkt';
import { encodeGpbTransient } from '../../store/geopackage/geometry-blob';
import type { ColumnSpec } from '../../store/geopackage/schema';
import { createCoreTables, createFeatureTable } from '../../store/geopackage/schema';
import { exportDatabase, openDatabase, quoteIdent, run } from '../../store/geopackage/sqlite-engine';
import type { ExportData } from '../records';

const SQL_TYPE: Record<ExportData['fields'][number]['kind'], ColumnSpec['sqlType']> = {
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  date: 'DATETIME',
};

export async function writeGeoPackage(out: string, datasets: ExportData[]): Promise<void> {
  const db = await openDatabase();
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
      const geometryType = data.records.some((r) => r.geometry?.type === 'Point') ? 'POINT' : 'LINESTRING';
      createFeatureTable(db, {
        table: data.layer,
        geometryColumn: 'geom',
        geometryType,
        srsId: crs.epsg,
        identifier: data.title,
        description: data.title,
        columns: data.fields.map((f) => ({ name: f.name, sqlType: SQL_TYPE[f.kind] })),
      });
      const names = ['geom', ...data.fields.map((f) => f.name)];
      const stmt = db.prepare(
        `INSERT INTO ${quoteIdent(data.layer)} (${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`,
      );
      let box: BBox | null = null;
      try {
        for (const r of data.records) {
          box = r.geometry ? mergeBBox(box, geometryBBox(r.geometry)) : box;
          stmt
            .bind([
              r.geometry ? encodeGpbTransient(r.geometry, crs.epsg) : null, // bound (copied) at once
              ...data.fields.map((f) => r.attributes[f.name] ?? null),
            ])
            .stepReset();
        }
      } finally {
        stmt.finalize();
      }
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
  } finally {
    db.close();
  }
}
