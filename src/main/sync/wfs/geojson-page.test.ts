import { describe, expect, it } from 'vitest';
import { recorded } from './fixtures/recorded';
import { decodeGeoJsonPage } from './geojson-page';

describe('GeoJSON feature pages (recorded from QGIS Server 3.22)', () => {
  it('reads fids, properties and geometry; QGIS keeps only 6 decimals of position', () => {
    const { features } = decodeGeoJsonPage(recorded('getfeature-geojson.json'));
    expect(features[0]!.fid).toBe('bridges.1');
    expect(features[0]!.properties.name).toBe('Cầu Đắk Bla – nhịp giữa «ĐT.671» & <mới>');
    expect(features[0]!.geometry).toEqual({ type: 'Point', coordinates: [107.123457, 14.987654] });
  });

  it('reads the tombstones without geometry', () => {
    const { features } = decodeGeoJsonPage(recorded('getfeature-tombstones.json'));
    expect(features.map((f) => [f.fid, f.properties.layer, f.geometry])).toEqual([
      ['roadgis_tombstones.1', 'culverts', null],
      ['roadgis_tombstones.2', 'culverts', null],
    ]);
  });

  it('refuses what is not a feature collection of valid features', () => {
    const reason = (body: string) => {
      try {
        decodeGeoJsonPage(body);
      } catch (e) {
        return (e as { detail: { reason: string } }).detail.reason;
      }
      return 'no error';
    };
    expect(reason(recorded('getfeature-geojson.json').slice(0, 200))).toBe('not_json');
    expect(reason('{"type":"Feature"}')).toBe('not_feature_collection');
    expect(reason('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}')).toBe(
      'feature_0_id',
    );
    expect(
      reason(
        '{"type":"FeatureCollection","features":[{"type":"Feature","id":"a.1","geometry":{"type":"Point","coordinates":["x",1]}}]}',
      ),
    ).toBe('geometry_0');
  });
});
