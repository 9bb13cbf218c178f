// What every format reader yields and every writer takes: plain records, one per feature, row-numbered so
// errors can name the row. Geometry is GeoJSON in the CRS the format states (readers) or asks for (writers).
import type { Notice } from '../../domain/assets/interchange-notices';
import type { ReadError } from '../../domain/assets/read-errors';
import type { Geometry } from '../../domain/geometry/geojson';
import type { GeometryColumn } from '../geopackage/geometry-column';
import { GeometryColumnBuilder } from '../geopackage/geometry-column';

export type FieldValue = string | number | null;

export interface SourceRecord {
  /** 1-based row/record number as a person would count it in the file. */
  row: number;
  geometry: Geometry | null;
  attributes: Record<string, FieldValue>;
}

export interface SourceField {
  name: string;
  type: 'text' | 'integer' | 'real' | 'date' | 'boolean';
}

export interface SourceData {
  /** The file a person named (for messages). */
  file: string;
  layer: string;
  /** CRS of the coordinates, if the file says or the format fixes it. */
  crs: string | null;
  fields: SourceField[];
  records: SourceRecord[];
  /** Encoding used to decode text, where the format has a choice. */
  encoding?: string;
  /** How the file was read, where a person should check (guessed encoding, assumed CRS…). */
  warnings: Notice[];
}

export interface ExportField {
  name: string;
  kind: 'text' | 'integer' | 'real' | 'date';
  /** Headings for people (CSV/XLSX/KML). */
  vi: string;
  en: string;
  maxLength?: number;
}

export interface ExportRecord {
  geometry: Geometry | null;
  attributes: Record<string, FieldValue>;
}

export interface ExportData {
  layer: string;
  title: string;
  fields: ExportField[];
  records: ExportRecord[];
  /** CRS the geometry is already in. */
  crs: string;
}

/** An export handed over in pages of GeoJSON records (GeoJSON, CSV: never the whole layer in memory). */
export interface RecordStream extends Omit<ExportData, 'records'> {
  geometryType: 'POINT' | 'LINESTRING';
  pages: () => AsyncIterable<ExportRecord[]>;
}

/** A page of a streamed export: geometries in flat arrays (reprojected in bulk), attributes per feature. */
export interface ExportPage {
  geometries: GeometryColumn;
  attributes: Array<Record<string, FieldValue>>;
}

/** The same as ExportData, handed over a page at a time (a large layer is never all in memory). */
export interface ExportStream extends Omit<ExportData, 'records'> {
  /** What the layer holds (a GeoPackage table declares it before the first row). */
  geometryType: 'POINT' | 'LINESTRING';
  pages: () => AsyncIterable<ExportPage>;
}

export function streamOf(data: ExportData): ExportStream {
  const { records, ...rest } = data;
  return {
    ...rest,
    geometryType: records.some((r) => r.geometry?.type === 'Point') ? 'POINT' : 'LINESTRING',
    async *pages() {
      const b = new GeometryColumnBuilder();
      for (const r of records) b.addGeometry(r.geometry);
      yield { geometries: b.take(), attributes: records.map((r) => r.attributes) };
    },
  };
}

/** A problem with the input that names where it is; `reason` lets a UI say it in its own language. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: ReadError,
    readonly row?: number,
    readonly field?: string,
  ) {
    super(
      `${file}${row !== undefined ? `, row ${row}` : ''}${field ? `, field ${field}` : ''}: ${reason.text}`,
    );
  }
}
