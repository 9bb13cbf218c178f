import { describe, expect, it } from 'vitest';
import { recorded } from './fixtures/recorded';
import { Gml3FeatureReader, decodeGml3Page } from './gml-read';
import type { WfsFeature } from './feature';

const bridgeTypes = {
  id: 'int',
  spans: 'int',
  length_m: 'decimal',
  version: 'int',
  change_seq: 'long',
  name: 'string',
};

describe('GML 3 feature pages (recorded from QGIS Server 3.22)', () => {
  it('reads the fid, typed values, CDATA text, nil and the full-precision position', () => {
    const { features } = decodeGml3Page(recorded('getfeature-gml3.xml'), { fieldTypes: bridgeTypes });
    expect(features).toHaveLength(1);
    const f = features[0]!;
    expect(f.fid).toBe('bridges.1');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [107.123456794, 14.987654321] });
    expect(f.properties).toMatchObject({
      id: 1,
      name: 'Cầu Đắk Bla – nhịp giữa «ĐT.671» & <mới>',
      route_code: 'ĐT.671',
      length_m: 120.5,
      spans: 3,
      chainage_m: null,
      version: 1,
      updated_by: 'Nguyễn Văn Ân',
    });
    expect(typeof f.properties.change_seq).toBe('number');
    // The collection's own boundedBy (QGIS writes ±DBL_MAX there) is not a property.
    expect(f.properties.boundedBy).toBeUndefined();
  });

  it('gives the same features whatever the chunk boundaries', () => {
    const body = recorded('getfeature-gml3.xml');
    const whole = decodeGml3Page(body, { fieldTypes: bridgeTypes }).features;
    for (const size of [1, 7, 64, 333]) {
      const got: WfsFeature[] = [];
      const reader = new Gml3FeatureReader((f) => got.push(f), { fieldTypes: bridgeTypes });
      for (let i = 0; i < body.length; i += size) reader.write(body.slice(i, i + size));
      reader.close();
      expect(got, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('reads several features per member, lines, multi-lines, polygons and GML 2 coordinates', () => {
    const page =
      decodeGml3Page(`<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:kt="urn:kt" numberMatched="3">
      <wfs:member><kt:roads gml:id="roads.7"><kt:the_geom><gml:LineString srsName="urn:ogc:def:crs:OGC:1.3:CRS84"><gml:posList srsDimension="3">107 14 0 107.5 14.5 1</gml:posList></gml:LineString></kt:the_geom><kt:so_lan>2</kt:so_lan></kt:roads></wfs:member>
      <wfs:member><kt:roads gml:id="roads.8"><kt:the_geom><gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>1 2 3 4</gml:posList></gml:LineString></gml:curveMember><gml:curveMember><gml:Curve><gml:segments><gml:LineStringSegment><gml:posList>5 6 7 8</gml:posList></gml:LineStringSegment><gml:LineStringSegment><gml:posList>7 8 9 10</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:MultiCurve></kt:the_geom></kt:roads></wfs:member>
      <wfs:member><kt:vung fid="vung.1"><kt:geom><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon></kt:geom></kt:vung></wfs:member>
    </wfs:FeatureCollection>`);
    expect(page.numberMatched).toBe(3);
    expect(page.features.map((f) => [f.fid, f.geometry])).toEqual([
      [
        'roads.7',
        {
          type: 'LineString',
          coordinates: [
            [107, 14],
            [107.5, 14.5],
          ],
        },
      ],
      [
        'roads.8',
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 2],
              [3, 4],
            ],
            [
              [5, 6],
              [7, 8],
              [9, 10],
            ],
          ],
        },
      ],
      [
        'vung.1',
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      ],
    ]);
    expect(page.features[0]!.properties).toEqual({ so_lan: '2' });
  });

  it('refuses an answer cut short, an exception, a bad number or bad coordinates', () => {
    const body = recorded('getfeature-gml3.xml');
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const err = e as { code: string; detail: { reason?: string } };
        return `${err.code}:${err.detail.reason}`;
      }
      return 'no error';
    };
    expect(code(() => decodeGml3Page(body.slice(0, body.indexOf('</qgs:bridges>'))))).toBe(
      'malformed_answer:cut_short',
    );
    expect(code(() => decodeGml3Page(recorded('getfeature-unknown-type.xml')))).toBe(
      'server_exception:exception_in_feature_stream',
    );
    expect(
      code(() =>
        decodeGml3Page(body.replace('<qgs:spans>3</qgs:spans>', '<qgs:spans>ba</qgs:spans>'), {
          fieldTypes: bridgeTypes,
        }),
      ),
    ).toBe('malformed_answer:bad_int_in_spans');
    expect(
      code(() => decodeGml3Page(body.replace('"2">107.123456794 14.987654321', '"2">107.1 14.9 3'))),
    ).toBe('malformed_answer:bad_coordinates');
    expect(code(() => decodeGml3Page('{"type":"FeatureCollection"}'))).toBe('malformed_answer:not_xml');
  });
});
