import { describe, expect, it } from 'vitest';
import { getFeatureFormats, parseCapabilities } from './capabilities';
import { changesSince } from './filters';
import { recorded } from './fixtures/recorded';
import { PULL_SRS, encodeGetFeature, pickOutputFormat } from './get-feature';
import { descendants, element, elements, parseXml, text } from './xml';

const type = { name: 'culverts', namespace: 'http://www.qgis.org/gml' };

describe('GetFeature requests', () => {
  it('writes one Query with properties, a change-sequence + area + road filter, sort and paging', () => {
    const xml = encodeGetFeature({
      type,
      outputFormat: 'text/xml; subtype=gml/3.1.1',
      srsName: PULL_SRS,
      propertyNames: ['uid', 'geometry'],
      sortBy: { property: 'change_seq' },
      startIndex: 20,
      maxFeatures: 10,
      filter: changesSince({
        sequenceProperty: 'change_seq',
        watermark: 41,
        area: { geometryName: 'geometry', bbox: [107.5, 14, 108.2, 14.8] },
        road: { property: 'route_code', code: 'ĐT.676' },
      }),
    });
    const root = parseXml(xml, 'test');
    expect([
      root.getAttribute('startIndex'),
      root.getAttribute('maxFeatures'),
      root.getAttribute('outputFormat'),
    ]).toEqual(['20', '10', 'text/xml; subtype=gml/3.1.1']);
    const query = element(root, 'Query')!;
    expect(query.getAttribute('srsName')).toBe('urn:ogc:def:crs:OGC:1.3:CRS84');
    const [prefix, name] = query.getAttribute('typeName')!.split(':');
    expect([query.lookupNamespaceURI(prefix!), name]).toEqual(['http://www.qgis.org/gml', 'culverts']);
    // WFS 1.1 order: PropertyName*, Filter, SortBy.
    expect(elements(query).map((e) => e.localName)).toEqual([
      'PropertyName',
      'PropertyName',
      'Filter',
      'SortBy',
    ]);
    const and = element(element(query, 'Filter')!, 'And')!;
    expect(elements(and).map((e) => e.localName)).toEqual([
      'PropertyIsGreaterThan',
      'BBOX',
      'PropertyIsEqualTo',
    ]);
    expect(text(element(element(and, 'PropertyIsGreaterThan')!, 'Literal'))).toBe('41');
    const envelope = descendants(and, 'Envelope')[0]!;
    expect(envelope.getAttribute('srsName')).toBe('CRS:84');
    expect([text(element(envelope, 'lowerCorner')), text(element(envelope, 'upperCorner'))]).toEqual([
      '107.5 14',
      '108.2 14.8',
    ]);
    expect(text(descendants(and, 'Literal')[1])).toBe('ĐT.676');
  });

  it('looks up a list of uids with one Or, a single uid without', () => {
    const q = (values: string[]) =>
      element(
        element(
          parseXml(
            encodeGetFeature({
              type,
              outputFormat: 'application/json',
              filter: { op: 'anyOf', property: 'uid', values },
            }),
            't',
          ),
          'Query',
        )!,
        'Filter',
      )!;
    expect(elements(q(['a'])).map((e) => e.localName)).toEqual(['PropertyIsEqualTo']);
    const or = element(q(['a', 'b', 'c']), 'Or')!;
    expect(descendants(or, 'Literal').map((l) => text(l))).toEqual(['a', 'b', 'c']);
  });

  it('refuses the axis-ambiguous EPSG:4326 names as output CRS', () => {
    expect(() => encodeGetFeature({ type, outputFormat: 'x', srsName: 'EPSG:4326' })).toThrow(
      expect.objectContaining({ code: 'unsupported' }),
    );
  });

  it('picks the server spelling of the formats', () => {
    const offered = getFeatureFormats(parseCapabilities(parseXml(recorded('capabilities.xml'), 'c')));
    expect(pickOutputFormat(offered, 'geojson')).toBe('application/vnd.geo+json');
    expect(pickOutputFormat(offered, 'gml3')).toBe('text/xml; subtype=gml/3.1.1');
    expect(pickOutputFormat(['application/json', 'GML3'], 'geojson')).toBe('application/json');
  });
});
