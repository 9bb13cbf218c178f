// Picks the reader by file extension.
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_EXTENSIONS } from '../../domain/assets/interchange-formats';
import { readCsv } from './csv/read-csv';
import type { TextEncodingName } from './encoding';
import { readGeoJson } from './geojson/read-geojson';
import { readGeoPackage } from './geopackage/read-geopackage';
import { readKml } from './kml/read-kml';
import { convertLegacyFontText } from './legacy-text';
import type { SourceData } from './records';
import { readError } from '../../domain/assets/read-errors';
import { InputError } from './records';
import { readShapefile } from './shapefile/read-shapefile';
import { readXlsx } from './xlsx/read-xlsx';

export interface ReadOptions {
  encoding?: TextEncodingName;
  /** Layer inside a GeoPackage or zip, sheet inside a workbook. */
  sourceLayer?: string;
  /** CRS for files that do not state one (CSV/XLSX X/Y). */
  crs?: string;
}

export async function readSource(file: string, options: ReadOptions = {}): Promise<SourceData> {
  return convertLegacyFontText(await readFormat(file, options), options.encoding);
}

async function readFormat(file: string, options: ReadOptions): Promise<SourceData> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new InputError(name, readError('not_found', { path: file }));
  if (fs.statSync(file).size === 0) throw new InputError(name, readError('empty'));
  switch (path.extname(file).toLowerCase()) {
    case '.shp':
    case '.zip':
      return readShapefile(file, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.sourceLayer ? { layer: options.sourceLayer } : {}),
      });
    case '.gpkg':
      return readGeoPackage(file, options.sourceLayer ? { layer: options.sourceLayer } : {});
    case '.geojson':
    case '.json':
      return readGeoJson(file);
    case '.kml':
    case '.kmz':
      return readKml(file);
    case '.csv':
      return readCsv(file, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.crs ? { crs: options.crs } : {}),
      });
    case '.xlsx':
      return readXlsx(file, {
        ...(options.sourceLayer ? { sheet: options.sourceLayer } : {}),
        ...(options.crs ? { crs: options.crs } : {}),
      });
    default:
      throw new InputError(
        name,
        readError('unknown_kind', { extensions: IMPORT_EXTENSIONS.map((e) => `.${e}`).join(', ') }),
      );
  }
}
