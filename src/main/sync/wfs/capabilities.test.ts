import { describe, expect, it } from 'vitest';
import { getFeatureFormats, parseCapabilities } from './capabilities';
import { recorded } from './fixtures/recorded';
import { parseXml } from './xml';

const parse = (xml: string) => parseCapabilities(parseXml(xml, 'GetCapabilities'));

describe('GetCapabilities', () => {
  it('reads versions, operations, formats and feature types from QGIS Server', () => {
    const caps = parse(recorded('capabilities.xml'));
    expect(caps.version).toBe('1.1.0');
    expect(caps.versions).toEqual(['1.1.0', '1.0.0']);
    expect(Object.keys(caps.operations).sort()).toEqual([
      'DescribeFeatureType',
      'GetCapabilities',
      'GetFeature',
      'Transaction',
    ]);
    expect(caps.operations.Transaction!.post).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ows$/);
    expect(getFeatureFormats(caps)).toContain('application/vnd.geo+json');
    const roads = caps.featureTypes.find((t) => t.name === 'roads')!;
    expect(roads).toMatchObject({
      defaultSrs: 'EPSG:4326',
      operations: ['Query', 'Insert', 'Update', 'Delete'],
    });
    expect(roads.otherSrs).toContain('EPSG:9216');
    expect(caps.featureTypes.find((t) => t.name === 'roadgis_tombstones')!.operations).toEqual(['Query']);
    expect(caps.comparisonOperators).toEqual(expect.arrayContaining(['GreaterThan', 'EqualTo']));
    expect(caps.spatialOperators).toContain('BBOX');
  });

  it('resolves prefixed type names to their namespace and reads OWS 1.1 AllowedValues (GeoServer style)', () => {
    // Hand-written in the shape GeoServer 2.x answers for WFS 2.0 (no GeoServer runs on these machines).
    const caps = parse(`<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
      xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink"
      xmlns:kt="http://gis.kontum.gov.vn/roadgis">
      <ows:OperationsMetadata>
        <ows:Operation name="GetCapabilities"><ows:Parameter name="AcceptVersions"><ows:AllowedValues>
          <ows:Value>1.0.0</ows:Value><ows:Value>1.1.0</ows:Value><ows:Value>2.0.0</ows:Value>
        </ows:AllowedValues></ows:Parameter></ows:Operation>
        <ows:Operation name="Transaction"><ows:DCP><ows:HTTP><ows:Post xlink:href="https://gis/geoserver/wfs"/></ows:HTTP></ows:DCP></ows:Operation>
      </ows:OperationsMetadata>
      <wfs:FeatureTypeList><wfs:FeatureType><wfs:Name>kt:roads</wfs:Name><wfs:Title>Đường</wfs:Title>
        <wfs:DefaultCRS>urn:ogc:def:crs:EPSG::4326</wfs:DefaultCRS></wfs:FeatureType></wfs:FeatureTypeList>
    </wfs:WFS_Capabilities>`);
    expect(caps.versions).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(caps.featureTypes).toEqual([
      {
        name: 'roads',
        prefix: 'kt',
        namespace: 'http://gis.kontum.gov.vn/roadgis',
        title: 'Đường',
        defaultSrs: 'urn:ogc:def:crs:EPSG::4326',
        otherSrs: [],
        operations: ['Query', 'Insert', 'Update', 'Delete'],
      },
    ]);
  });

  it('turns an exception report or another document into typed errors', () => {
    expect(() => parse(recorded('getfeature-unknown-type.xml'))).toThrow(
      expect.objectContaining({
        code: 'server_exception',
        detail: expect.objectContaining({ exceptionCode: 'RequestNotWellFormed' }),
      }),
    );
    expect(() => parse('<html><body>Bad gateway</body></html>')).toThrow(
      expect.objectContaining({ code: 'malformed_answer' }),
    );
    expect(() => parse('<WFS_Capabilities')).toThrow(expect.objectContaining({ code: 'malformed_answer' }));
  });
});
