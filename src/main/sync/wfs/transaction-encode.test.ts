import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { TransactionAction } from './transaction-encode';
import { encodeTransaction } from './transaction-encode';
import { decodeGml3Page } from './gml-read';
import { descendants, element, elements, parseXml, text } from './xml';

const type = { name: 'bridges', prefix: 'qgs', namespace: 'http://www.qgis.org/gml' };
const insert = (
  handle: string,
  props: Record<string, string | number | boolean | null>,
  geometry: Geometry | null = null,
): TransactionAction => ({
  kind: 'insert',
  handle,
  type,
  geometryName: 'geometry',
  geometry,
  properties: props,
});

describe('Transaction encoding', () => {
  it('writes one feature per Insert, a handle on every action and the base version on Updates', () => {
    const xml = encodeTransaction([
      insert('c1', { uid: 'u-1', name: 'Cầu Kon Klor & <cũ>', spans: 3, ok: true, notes: null }),
      insert('c2', { uid: 'u-2' }),
      {
        kind: 'update',
        handle: 'c3',
        type,
        fid: 'bridges.7',
        baseVersion: 4,
        geometryName: 'geometry',
        properties: { name: 'Mới', notes: null, version: 99 },
      },
      { kind: 'delete', handle: 'c4', type, fid: 'bridges.8' },
    ]);
    const root = parseXml(xml, 'test');
    expect(root.localName).toBe('Transaction');
    expect(root.getAttribute('version')).toBe('1.1.0');
    const actions = elements(root);
    expect(actions.map((a) => [a.localName, a.getAttribute('handle')])).toEqual([
      ['Insert', 'c1'],
      ['Insert', 'c2'],
      ['Update', 'c3'],
      ['Delete', 'c4'],
    ]);
    const [first] = elements(actions[0]!);
    expect(elements(actions[0]!)).toHaveLength(1);
    expect(first!.namespaceURI).toBe('http://www.qgis.org/gml');
    expect(Object.fromEntries(elements(first!).map((e) => [e.localName, text(e)]))).toEqual({
      uid: 'u-1',
      name: 'Cầu Kon Klor & <cũ>',
      spans: '3',
      ok: 'true',
    });
    const props = elements(actions[2]!, 'Property').map((p) => [
      text(element(p, 'Name')),
      element(p, 'Value') ? text(element(p, 'Value')) : null,
    ]);
    // null clears the field (no Value); the caller's version is replaced by the base version.
    expect(props).toEqual([
      ['name', 'Mới'],
      ['notes', null],
      ['version', '4'],
    ]);
    expect(actions[2]!.getAttribute('typeName')).toBe('qgs:bridges');
    expect(descendants(actions[3]!, 'FeatureId')[0]!.getAttribute('fid')).toBe('bridges.8');
  });

  it('writes positions x y under CRS:84, read back unchanged by the GML reader', () => {
    const geometries: Geometry[] = [
      { type: 'Point', coordinates: [107.123456789123, 14.987654321987] },
      {
        type: 'LineString',
        coordinates: [
          [107.1, 14.9],
          [107.2, 14.95],
          [107.3, 1e-7],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [107, 14],
            [107.5, 14.5],
          ],
          [
            [108, 15],
            [108.1, 15.2],
          ],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [107, 14],
            [108, 14],
            [108, 15],
            [107, 14],
          ],
        ],
      },
      {
        type: 'MultiPoint',
        coordinates: [
          [107, 14],
          [108, 15],
        ],
      },
    ];
    for (const g of geometries) {
      const xml = encodeTransaction([insert('h', {}, g)]);
      expect(xml).toContain('srsName="CRS:84"');
      // The Insert's feature, wrapped as a feature collection member, through the reader pulls use.
      const feature = xml.slice(xml.indexOf('<qgs:bridges>'), xml.indexOf('</wfs:Insert>'));
      const collection = `<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml" xmlns:qgs="http://www.qgis.org/gml"><gml:featureMember>${feature.replace('<qgs:bridges>', '<qgs:bridges gml:id="bridges.1">')}</gml:featureMember></wfs:FeatureCollection>`;
      expect(decodeGml3Page(collection).features[0]!.geometry, g.type).toEqual(g);
    }
  });

  it('refuses what would be silently misread or unmatchable', () => {
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { code: string; detail: { reason: string } }).detail.reason;
      }
      return 'no error';
    };
    expect(reason(() => encodeTransaction([insert('a', {})], { srsName: 'EPSG:4326' }))).toBe(
      'axis_order_ambiguous_srs',
    );
    expect(
      reason(() => encodeTransaction([insert('a', {})], { srsName: 'urn:ogc:def:crs:EPSG::4326' })),
    ).toBe('axis_order_ambiguous_srs');
    expect(reason(() => encodeTransaction([insert('a', {}), insert('a', {})]))).toBe(
      'handle_missing_or_repeated',
    );
    expect(reason(() => encodeTransaction([insert('', {})]))).toBe('handle_missing_or_repeated');
    expect(reason(() => encodeTransaction([]))).toBe('empty_transaction');
    expect(reason(() => encodeTransaction([insert('a', { 'bad name': 1 })]))).toBe('invalid_xml_name');
    expect(reason(() => encodeTransaction([insert('a', { name: 'a\u0001b' })]))).toBe(
      'control_character_in_text',
    );
    expect(reason(() => encodeTransaction([{ kind: 'delete', handle: 'd', type, fid: '' }]))).toBe(
      'missing_fid',
    );
    expect(
      reason(() => encodeTransaction([insert('a', {}, { type: 'Point', coordinates: [Number.NaN, 1] })])),
    ).toBe('non_finite_coordinate');
    // A projected CRS is unambiguous (easting northing).
    expect(
      encodeTransaction([insert('a', {}, { type: 'Point', coordinates: [459309.005, 1657604.996] })], {
        srsName: 'EPSG:9216',
      }),
    ).toContain('<gml:pos srsDimension="2">459309.005 1657604.996</gml:pos>');
  });
});
