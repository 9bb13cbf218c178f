// Builds what the writers take from a project layer: the chosen features, reprojected, with typed fields.
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS, SYSTEM_FIELDS } from '../../domain/assets/layers';
import type { BBox } from '../../domain/geometry/geojson';
import { mapPositions } from '../../domain/geometry/geojson';
import { converter } from '../../domain/location/transform';
import type { ExportData, ExportField } from '../io/records';
import type { ProjectStore } from '../store/project-store';
import { listFeatures } from '../store/queries';

export interface ExportSelection {
  layer: LayerName;
  crs: string;
  bbox?: BBox;
  uids?: string[];
  /** Simple attribute filter: every listed field must equal the value. */
  where?: Record<string, string | number>;
}

export function exportFields(layer: LayerName): ExportField[] {
  return [...SYSTEM_FIELDS.slice(0, 1), ...LAYERS[layer].fields, ...SYSTEM_FIELDS.slice(1)].map((f) => ({
    name: f.name,
    kind: f.kind === 'coded' ? 'text' : f.kind,
    vi: f.vi,
    en: f.en,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
  }));
}

export function exportData(store: ProjectStore, sel: ExportSelection): ExportData {
  const c = converter('EPSG:4326', sel.crs);
  const wanted = sel.uids ? new Set(sel.uids) : null;
  const features = listFeatures(store.db, sel.layer, sel.bbox).filter(
    (f) =>
      (!wanted || wanted.has(f.uid)) &&
      Object.entries(sel.where ?? {}).every(([k, v]) => f.properties[k] === v),
  );
  return {
    layer: sel.layer,
    title: LAYERS[sel.layer].vi,
    crs: sel.crs,
    fields: exportFields(sel.layer),
    records: features.map((f) => ({
      geometry: f.geometry
        ? sel.crs === 'EPSG:4326'
          ? f.geometry
          : mapPositions(f.geometry, c.forward)
        : null,
      attributes: { uid: f.uid, ...f.properties },
    })),
  };
}
