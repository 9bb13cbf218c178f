// Reads one feature table of any GeoPackage (QGIS, GDAL, ArcGIS, RoadGIS) with our SQLite engine.
import { notice } from '../../../domain/assets/interchange-notices';
import path from 'node:path';
import { findCrs } from '../../../domain/location/crs';
import { decodeGpb } from '../../geopackage/geometry-blob';
import { geometryColumns } from '../../geopackage/schema';
import { all, one, openDatabaseFile, quoteIdent } from '../../geopackage/sqlite-engine';
import type { FieldValue, SourceData, SourceField } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';

export async function readGeoPackage(file: string, options: { layer?: string } = {}): Promise<SourceData> {
  const name = path.basename(file);
  let db;
  try {
    db = await openDatabaseFile(file);
  } catch (e) {
    throw new InputError(name, readError('gpkg_unreadable', { detail: (e as Error).message }));
  }
  try {
    let tables;
    try {
      tables = geometryColumns(db).filter((t) => !t.table.startsWith('roadgis_'));
    } catch {
      throw new InputError(name, readError('not_gpkg'));
    }
    if (tables.length === 0) throw new InputError(name, readError('gpkg_no_layers'));
    const info = options.layer
      ? tables.find((t) => t.table === options.layer)
      : tables.length === 1
        ? tables[0]
        : undefined;
    if (!info) {
      throw new InputError(
        name,
        options.layer
          ? readError('gpkg_no_layer', {
              layer: options.layer,
              layers: tables.map((t) => t.table).join(', '),
            })
          : readError('gpkg_choose_layer', { layers: tables.map((t) => t.table).join(', ') }),
      );
    }
    const srs = one(
      db,
      'SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
      [info.srsId],
    );
    const crs =
      srs && String(srs.organization).toUpperCase() === 'EPSG'
        ? (findCrs(String(srs.organization_coordsys_id))?.code ?? null)
        : null;
    const warnings = crs ? [] : [notice('srs_unknown', { layer: info.table, srs: info.srsId })];
    const columns = all(db, `PRAGMA table_info(${quoteIdent(info.table)})`).filter(
      (c) => c.name !== info.column && c.name !== info.pk,
    );
    const fields: SourceField[] = columns.map((c) => {
      const t = String(c.type).toUpperCase();
      return {
        name: String(c.name),
        type: /INT/u.test(t)
          ? 'integer'
          : /REAL|DOUBLE|FLOAT|NUMERIC/u.test(t)
            ? 'real'
            : /DATE/u.test(t)
              ? 'date'
              : /BOOL/u.test(t)
                ? 'boolean'
                : 'text',
      };
    });
    const rows = all(db, `SELECT * FROM ${quoteIdent(info.table)} ORDER BY ${quoteIdent(info.pk)}`);
    const records = rows.map((r, i) => {
      const attributes: Record<string, FieldValue> = {};
      for (const f of fields) {
        const v = r[f.name];
        attributes[f.name] =
          typeof v === 'bigint'
            ? Number(v)
            : v instanceof Uint8Array
              ? null
              : typeof v === 'string'
                ? v.normalize('NFC')
                : (v ?? null);
      }
      const blob = r[info.column];
      let geometry = null;
      if (blob instanceof Uint8Array) {
        try {
          geometry = decodeGpb(blob).geometry;
        } catch (e) {
          throw new InputError(
            name,
            readError('geometry_unreadable', { detail: (e as Error).message }),
            i + 1,
            info.column,
          );
        }
      }
      return { row: i + 1, geometry, attributes };
    });
    return { file: name, layer: info.table, crs, fields, records, warnings };
  } finally {
    db.close();
  }
}
