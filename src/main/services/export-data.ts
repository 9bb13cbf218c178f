// Builds what the writers take from a project layer: the chosen features, reprojected, with typed fields.
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS, SYSTEM_FIELDS } from '../../domain/assets/layers';
import type { BBox } from '../../domain/geometry/geojson';
import { mapPositions } from '../../domain/geometry/geojson';
import { converter } from '../../domain/location/transform';
import type { ExportData, ExportField, ExportRecord, ExportStream } from '../io/records';
import type { ProjectStore } from '../store/project-store';
import { featurePages } from '../store/queries';

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

export function exportFields(layer: LayerName): ExportField[] {
  return [...SYSTEM_FIELDS.slice(0, 1), ...LAYERS[layer].fields, ...SYSTEM_FIELDS.slice(1)].map((f) => ({
    name: f.name,
    kind: f.kind === 'coded' ? 'text' : f.kind,
    vi: f.vi,
    en: f.en,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
  }));
}

/** The selection, reprojected, a page of features at a time (see featurePages). */
export function exportStream(store: ProjectStore, sel: ExportSelection): ExportStream {
  const c = converter('EPSG:4326', sel.crs);
  const wanted = sel.uids ? new Set(sel.uids) : null;
  const where = Object.entries(sel.where ?? {});
  return {
    layer: sel.layer,
    title: LAYERS[sel.layer].vi,
    crs: sel.crs,
    fields: exportFields(sel.layer),
    *pages() {
      for (const page of featurePages(store.db, sel.layer, sel.bbox, EXPORT_PAGE)) {
        const records: ExportRecord[] = [];
        for (const f of page) {
          if (wanted && !wanted.has(f.uid)) continue;
          if (!where.every(([k, v]) => f.properties[k] === v)) continue;
          records.push({
            geometry:
              f.geometry && sel.crs !== 'EPSG:4326' ? mapPositions(f.geometry, c.forward) : f.geometry,
            attributes: { uid: f.uid, ...f.properties },
          });
        }
        if (records.length) yield records;
      }
    },
  };
}

/** All of it at once, for writers that need the whole layer (GeoJSON, KML, CSV, XLSX, GeoPackage). */
export function exportData(store: ProjectStore, sel: ExportSelection): ExportData {
  const { pages, ...rest } = exportStream(store, sel);
  return { ...rest, records: [...pages()].flat() };
}
