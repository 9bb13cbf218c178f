// Exports a layer as a stand-alone GeoPackage in any registry CRS (validator-clean: SRS row with OGC WKT,
// R*Tree index, extents). Written to a temporary file and renamed, so a failed export leaves nothing behind.
import fs from 'node:fs';
import { geometryBBox, mergeBBox } from '../../../domain/geometry/geojson';
import type { BBox } from '../../../domain/geometry/geojson';
import { getCrs } from '../../../domain/location/crs';
import { ogcWkt } from '../../../domain/location/wkt';
import { encodeGpbTransient } from '../../store/geopackage/geometry-blob';
import type { ColumnSpec } from '../../store/geopackage/schema';
import {
  createCoreTables,
  createFeatureTable,
  suspendRtreeInsertTrigger,
} from '../../store/geopackage/schema';
import {
  exportDatabase,
  lastInsertRowid,
  openDatabase,
  quoteIdent,
  run,
  runCached,
} from '../../store/geopackage/sqlite-engine';
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
      const insert = `INSERT INTO ${quoteIdent(data.layer)} (${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`;
      const rtree = suspendRtreeInsertTrigger(db, data.layer, 'geom');
      let box: BBox | null = null;
      for (const r of data.records) {
        const values = [
          r.geometry ? encodeGpbTransient(r.geometry, crs.epsg) : null, // bound (copied) at once
          ...data.fields.map((f) => r.attributes[f.name] ?? null),
        ];
        runCached(db, insert, values);
        const featureBox = r.geometry ? geometryBBox(r.geometry) : null;
        if (!featureBox) continue;
        box = mergeBBox(box, featureBox);
        rtree.add(lastInsertRowid(db), featureBox);
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
  } finally {
    db.close();
  }
}
