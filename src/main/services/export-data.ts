// Builds what the writers take from a project layer: the chosen features, reprojected, with typed fields.
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS, SYSTEM_FIELDS } from '../../domain/assets/layers';
import type { BBox } from '../../domain/geometry/geojson';
import { mapPositions } from '../../domain/geometry/geojson';
import { converter } from '../../domain/location/transform';
import type { Attributes, AttributeValue } from '../../domain/assets/attributes';
import { convertValue } from '../../domain/assets/value-conversion';
import type { ExportField, ExportPage, ExportRecord, ExportStream, RecordStream } from '../io/records';
import { failure } from '../../domain/assets/interchange-failures';
import { fail } from '../io/interchange-messages';
import type { Reprojector } from '../jobs/reproject/reprojector';
import { GEOMETRY_COLUMN, rowProperties } from '../store/asset-tables';
import { GeometryColumnBuilder } from '../geopackage/geometry-column';
import type { ProjectStore } from '../store/project-store';

export interface ExportSelection {
  layer: LayerName;
  crs: string;
  bbox?: BBox;
  uids?: string[];
  /** Simple attribute filter: every listed field must equal the value. */
  where?: Record<string, string | number>;
}

/** Features decoded and reprojected at a time: enough to amortise each query, few enough to die young. */
const EXPORT_PAGE = 2000;

/** Pages being reprojected while the writer writes: enough to keep both threads busy. */
const AHEAD = 3;

export function exportFields(layer: LayerName): ExportField[] {
  return [...SYSTEM_FIELDS.slice(0, 1), ...LAYERS[layer].fields, ...SYSTEM_FIELDS.slice(1)].map((f) => ({
    name: f.name,
    kind: f.kind === 'coded' ? 'text' : f.kind,
    vi: f.vi,
    en: f.en,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
  }));
}

/**
 * The simple attribute filter with each value typed by its field (`lanes=2` is the number 2, `surface_type=Bê
 * tông nhựa` its code), as stored values are; an unknown field is an error listing the known ones, never an
 * empty export.
 */
function typedWhere(
  layer: LayerName,
  where: Record<string, string | number>,
): Array<[string, AttributeValue]> {
  const fields = [...SYSTEM_FIELDS, ...LAYERS[layer].fields];
  return Object.entries(where).map(([name, raw]) => {
    const def = fields.find((f) => f.name === name);
    if (!def) {
      throw fail(
        'invalid_input',
        failure('where_unknown_field', { field: name, fields: fields.map((f) => f.name).join(', ') }),
        [{ path: `where.${name}`, message: 'no such field' }],
      );
    }
    const c = convertValue(def, raw);
    if (!c.ok)
      throw fail(
        'invalid_input',
        { code: c.code, params: { ...c.params, field: name }, text: `where ${name}: ${c.reason}` },
        [{ path: `where.${name}`, message: c.reason }],
      );
    return [name, c.value];
  });
}

/** Whether a feature is in the selection (uids and the simple attribute filter; bbox is the query's). */
function selector(sel: ExportSelection): (uid: string, properties: Attributes) => boolean {
  const wanted = sel.uids ? new Set(sel.uids) : null;
  const where = typedWhere(sel.layer, sel.where ?? {});
  return (uid, properties) => (!wanted || wanted.has(uid)) && where.every(([k, v]) => properties[k] === v);
}

/** Someone following a long export: told how many features were read so far, asked whether to stop. */
export interface ExportWatch {
  read(count: number): void;
  cancelled(): boolean;
}

const UNWATCHED: ExportWatch = { read: () => {}, cancelled: () => false };

/** The feature pages of a layer, reported to `watch` as they are read; a cancel stops before the next page. */
function* watched<T extends unknown[]>(pages: Iterable<T>, watch: ExportWatch): Generator<T> {
  let read = 0;
  for (const page of pages) {
    if (watch.cancelled()) throw fail('cancelled', failure('export_cancelled'));
    read += page.length;
    watch.read(read);
    yield page;
  }
  if (watch.cancelled()) throw fail('cancelled', failure('export_cancelled'));
}

/** What every export stream says of itself before its pages. */
function streamHeader(sel: ExportSelection) {
  return {
    layer: sel.layer,
    title: LAYERS[sel.layer].vi,
    crs: sel.crs,
    fields: exportFields(sel.layer),
    geometryType: LAYERS[sel.layer].geometryType,
  };
}

/**
 * The selection a page at a time, geometry in flat arrays: each page is reprojected by `reprojector` (a worker
 * thread for big layers) while the caller writes the previous one. At most AHEAD pages are in flight.
 */
export function exportStream(
  store: ProjectStore,
  sel: ExportSelection,
  reprojector: Reprojector,
  watch: ExportWatch = UNWATCHED,
): ExportStream {
  const cols = store.read.columns(sel.layer);
  const selected = selector(sel);
  return {
    ...streamHeader(sel),
    async *pages() {
      const ahead: Array<Promise<ExportPage>> = [];
      const builder = new GeometryColumnBuilder();
      for (const rows of watched(store.read.rowPages(sel.layer, sel.bbox, EXPORT_PAGE), watch)) {
        const attributes: ExportPage['attributes'] = [];
        for (const r of rows) {
          const properties = rowProperties(r, cols);
          const uid = String(r.uid);
          if (!selected(uid, properties)) continue;
          const blob = r[GEOMETRY_COLUMN];
          builder.addGpb(blob instanceof Uint8Array ? blob : null);
          attributes.push({ uid, ...properties });
        }
        if (!attributes.length) continue;
        const geometries = builder.take();
        const page = reprojector.reproject(geometries.coords).then((coords) => ({
          geometries: { ...geometries, coords },
          attributes,
        }));
        // A writer that stops early abandons the pages still in flight; their failure is then nobody's.
        page.catch(() => {});
        ahead.push(page);
        if (ahead.length >= AHEAD) yield await ahead.shift()!;
      }
      while (ahead.length) yield await ahead.shift()!;
    },
  };
}

/** The selection as GeoJSON records (reprojected), a page at a time: for GeoJSON, CSV and XLSX. */
export function exportRecords(
  store: ProjectStore,
  sel: ExportSelection,
  watch: ExportWatch = UNWATCHED,
): RecordStream {
  const c = converter('EPSG:4326', sel.crs);
  const selected = selector(sel);
  return {
    ...streamHeader(sel),
    async *pages() {
      for (const page of watched(store.read.featurePages(sel.layer, sel.bbox, EXPORT_PAGE), watch)) {
        const records: ExportRecord[] = [];
        for (const f of page) {
          if (!selected(f.uid, f.properties)) continue;
          records.push({
            geometry:
              f.geometry && sel.crs !== 'EPSG:4326' ? mapPositions(f.geometry, c.forward) : f.geometry,
            attributes: { uid: f.uid, ...f.properties },
          });
        }
        if (records.length) yield records;
        // Between pages the host answers other calls (and hears a cancel): writers here are synchronous.
        await new Promise((r) => setImmediate(r));
      }
    },
  };
}
