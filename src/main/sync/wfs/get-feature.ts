// GetFeature requests (POST, WFS 1.1.0): one Query with property names, SortBy, a filter, and paging by
// startIndex/maxFeatures (a WFS 2.0 parameter QGIS Server and GeoServer also honour in 1.1.0). POST keeps
// long uid lists out of URL length limits.
import type { TypeName } from './capabilities';
import { encodeFilter } from './filters';
import { assertUnambiguousSrs } from './gml-write';
import type { FilterSpec } from './filters';
import { escapeXml } from './xml';

export type PageFormat = 'geojson' | 'gml3';

/** WGS 84 in lon lat order by definition; QGIS Server answers it lon lat (labelled OGC:CRS84). */
export const PULL_SRS = 'urn:ogc:def:crs:OGC:1.3:CRS84';

export interface FeatureQuery {
  type: TypeName;
  /** The outputFormat string the server listed for this format (see pickOutputFormat). */
  outputFormat: string;
  /**
   * Output CRS of GML answers: `urn:ogc:def:crs:OGC:1.3:CRS84` (lon lat, see PULL_SRS) or a projected code.
   * The names of EPSG:4326 are refused: servers answer them in either axis order.
   */
  srsName?: string;
  /** Only these properties (the geometry property must be named to get geometries). */
  propertyNames?: readonly string[];
  sortBy?: { property: string; descending?: boolean };
  filter?: FilterSpec;
  startIndex?: number;
  maxFeatures?: number;
  /** `hits` returns only the number of matching features (GML numberOfFeatures). */
  resultType?: 'results' | 'hits';
}

const FORMAT_CANDIDATES: Record<PageFormat, RegExp[]> = {
  geojson: [/^application\/json$/i, /^application\/(vnd\.)?geo\+json$/i, /^json$/i],
  gml3: [/^text\/xml; ?subtype=gml\/3\.1\.1$/i, /^application\/gml\+xml; ?version=3\.1$/i, /^gml3$/i],
};

/** The server's own spelling of a format from its capabilities list, or the common default. */
export function pickOutputFormat(offered: readonly string[], format: PageFormat): string {
  for (const re of FORMAT_CANDIDATES[format]) {
    const hit = offered.find((f) => re.test(f.trim()));
    if (hit) return hit;
  }
  return format === 'geojson' ? 'application/json' : 'text/xml; subtype=gml/3.1.1';
}

export function encodeGetFeature(q: FeatureQuery): string {
  const ns = q.type.namespace;
  const prefix = ns ? 'f' : '';
  const typeName = prefix ? `${prefix}:${q.type.name}` : q.type.name;
  const attrs = [
    'service="WFS"',
    'version="1.1.0"',
    `outputFormat="${escapeXml(q.outputFormat)}"`,
    q.resultType ? `resultType="${q.resultType}"` : '',
    q.maxFeatures !== undefined ? `maxFeatures="${Math.trunc(q.maxFeatures)}"` : '',
    q.startIndex !== undefined ? `startIndex="${Math.trunc(q.startIndex)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const props = (q.propertyNames ?? [])
    .map((p) => `<ogc:PropertyName>${escapeXml(p)}</ogc:PropertyName>`)
    .join('');
  const sort = q.sortBy
    ? `<ogc:SortBy><ogc:SortProperty><ogc:PropertyName>${escapeXml(q.sortBy.property)}</ogc:PropertyName>` +
      `<ogc:SortOrder>${q.sortBy.descending ? 'DESC' : 'ASC'}</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>`
    : '';
  const filter = q.filter ? encodeFilter(q.filter) : '';
  if (q.srsName) assertUnambiguousSrs(q.srsName);
  const srs = q.srsName ? ` srsName="${escapeXml(q.srsName)}"` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<wfs:GetFeature ${attrs} xmlns:wfs="http://www.opengis.net/wfs" xmlns:ogc="http://www.opengis.net/ogc"` +
    ` xmlns:gml="http://www.opengis.net/gml"${ns ? ` xmlns:f="${escapeXml(ns)}"` : ''}>` +
    `<wfs:Query typeName="${escapeXml(typeName)}"${srs}>${props}${filter}${sort}</wfs:Query>` +
    '</wfs:GetFeature>'
  );
}
