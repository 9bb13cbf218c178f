// OGC Filter Encoding 1.1 for the queries sync needs, written by ol/format/WFS (it gets this part right,
// CRS:84 envelopes included). Timestamps cannot be filtered on QGIS Server (every literal form matches
// nothing), so changes are found by the integer change sequence.
import { and, bbox as bboxFilter, equalTo, greaterThan, or } from 'ol/format/filter.js';
import type Filter from 'ol/format/filter/Filter.js';
import { writeFilter } from 'ol/format/WFS.js';
import type { BBox } from '../../../domain/geometry/geojson';
import { WfsError } from './errors';
import { serializeNode, useXmlDomForOpenLayers } from './ol-dom';

export type FilterSpec =
  | { op: 'greaterThan'; property: string; value: number }
  | { op: 'equalTo'; property: string; value: string | number }
  /** Lon/lat box in CRS:84 order. */
  | { op: 'bbox'; geometryName: string; bbox: BBox }
  | { op: 'anyOf'; property: string; values: readonly (string | number)[] }
  | { op: 'and'; filters: readonly FilterSpec[] };

function toOl(spec: FilterSpec): Filter {
  switch (spec.op) {
    case 'greaterThan':
      return greaterThan(spec.property, spec.value);
    case 'equalTo':
      return equalTo(spec.property, spec.value, true);
    case 'bbox':
      return bboxFilter(spec.geometryName, spec.bbox, 'CRS:84');
    case 'anyOf': {
      if (spec.values.length === 0) throw new WfsError('unsupported', { reason: 'empty_value_list' });
      const conditions = spec.values.map((v) => equalTo(spec.property, v, true));
      return conditions.length === 1 ? conditions[0]! : or(...conditions);
    }
    case 'and': {
      const conditions = spec.filters.map(toOl);
      if (conditions.length === 0) throw new WfsError('unsupported', { reason: 'empty_and' });
      return conditions.length === 1 ? conditions[0]! : and(...conditions);
    }
  }
}

/** `<ogc:Filter>` as text, for a GetFeature Query. */
export function encodeFilter(spec: FilterSpec): string {
  useXmlDomForOpenLayers();
  return serializeNode(writeFilter(toOl(spec), '1.1.0'));
}

/** Changes after `watermark` (integer change sequence), optionally inside an area and on one road. */
export function changesSince(options: {
  sequenceProperty: string;
  watermark: number;
  area?: { geometryName: string; bbox: BBox };
  road?: { property: string; code: string };
}): FilterSpec {
  const filters: FilterSpec[] = [
    { op: 'greaterThan', property: options.sequenceProperty, value: options.watermark },
  ];
  if (options.area) filters.push({ op: 'bbox', ...options.area });
  if (options.road)
    filters.push({ op: 'equalTo', property: options.road.property, value: options.road.code });
  return { op: 'and', filters };
}
