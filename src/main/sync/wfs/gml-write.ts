// GML 3.1.1 geometry for Transactions. Positions are written x y (lon lat for geographic data) and the
// srsName must say so: CRS:84, or a projected code. EPSG:4326 and its URN forms are refused, because
// servers disagree on their axis order (QGIS Server reads x y whatever the name; OpenLayers and GeoServer's
// URN handling write and read lat lon), and a swapped point lands in the sea without any error.
import type { Geometry, Position } from '../../../domain/geometry/geojson';
import { WfsError } from './errors';

const AMBIGUOUS_SRS = [
  /^EPSG:4326$/i,
  /^urn:(x-)?ogc:def:crs:EPSG:[\d.]*:4326$/i,
  /^http:\/\/www\.opengis\.net\/(def\/crs\/EPSG\/0\/|gml\/srs\/epsg\.xml#)4326$/i,
];

export function assertUnambiguousSrs(srsName: string): void {
  if (AMBIGUOUS_SRS.some((re) => re.test(srsName))) {
    throw new WfsError('unsupported', { reason: 'axis_order_ambiguous_srs', serverText: srsName });
  }
}

/** Shortest text that reads back as the same double, never in exponent form (GML wants xsd:double text). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new WfsError('unsupported', { reason: 'non_finite_coordinate' });
  const s = String(n);
  if (!s.includes('e')) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

function pos(p: Position): string {
  return `${formatNumber(p[0])} ${formatNumber(p[1])}`;
}

function posList(ps: readonly Position[]): string {
  let s = '';
  for (let i = 0; i < ps.length; i++) {
    if (i > 0) s += ' ';
    s += pos(ps[i]!);
  }
  return s;
}

function ring(ps: readonly Position[]): string {
  return `<gml:LinearRing><gml:posList srsDimension="2">${posList(ps)}</gml:posList></gml:LinearRing>`;
}

function polygonBody(rings: readonly Position[][]): string {
  const [outer, ...inner] = rings;
  if (!outer) throw new WfsError('unsupported', { reason: 'empty_polygon' });
  return (
    `<gml:exterior>${ring(outer)}</gml:exterior>` +
    inner.map((r) => `<gml:interior>${ring(r)}</gml:interior>`).join('')
  );
}

/** One geometry as GML 3.1.1 (prefix `gml`, declared by the caller's root element). */
export function writeGml3Geometry(g: Geometry, srsName: string): string {
  assertUnambiguousSrs(srsName);
  const srs = ` srsName="${srsName}"`;
  switch (g.type) {
    case 'Point':
      return `<gml:Point${srs}><gml:pos srsDimension="2">${pos(g.coordinates)}</gml:pos></gml:Point>`;
    case 'LineString':
      return `<gml:LineString${srs}><gml:posList srsDimension="2">${posList(g.coordinates)}</gml:posList></gml:LineString>`;
    case 'Polygon':
      return `<gml:Polygon${srs}>${polygonBody(g.coordinates)}</gml:Polygon>`;
    case 'MultiPoint':
      return `<gml:MultiPoint${srs}>${g.coordinates
        .map(
          (p) =>
            `<gml:pointMember><gml:Point><gml:pos srsDimension="2">${pos(p)}</gml:pos></gml:Point></gml:pointMember>`,
        )
        .join('')}</gml:MultiPoint>`;
    case 'MultiLineString':
      return `<gml:MultiCurve${srs}>${g.coordinates
        .map(
          (l) =>
            `<gml:curveMember><gml:LineString><gml:posList srsDimension="2">${posList(l)}</gml:posList></gml:LineString></gml:curveMember>`,
        )
        .join('')}</gml:MultiCurve>`;
    case 'MultiPolygon':
      return `<gml:MultiSurface${srs}>${g.coordinates
        .map((p) => `<gml:surfaceMember><gml:Polygon>${polygonBody(p)}</gml:Polygon></gml:surfaceMember>`)
        .join('')}</gml:MultiSurface>`;
    case 'GeometryCollection':
      throw new WfsError('unsupported', { reason: 'geometry_collection' });
  }
}
