import { describe, expect, it } from 'vitest';
import { parseCapabilities } from './capabilities';
import { parseDescribeFeatureType } from './describe-feature-type';
import type { FeatureTypeSchema } from './describe-feature-type';
import { recorded } from './fixtures/recorded';
import { mapServerLayers } from './layer-mapping';
import { parseXml } from './xml';

const caps = parseCapabilities(parseXml(recorded('capabilities.xml'), 'GetCapabilities'));
const schemas = () =>
  parseDescribeFeatureType(parseXml(recorded('describe-feature-type.xml'), 'DescribeFeatureType'));

describe('server layers → RoadGIS layers', () => {
  it('maps the server kit tables completely', () => {
    const m = mapServerLayers(caps, schemas());
    expect(m.problems).toEqual([]);
    expect(Object.keys(m.layers)).toEqual(['roads', 'bridges', 'culverts']);
    expect(m.layers.roads).toMatchObject({
      typeName: { name: 'roads', namespace: 'http://www.qgis.org/gml' },
      geometryName: 'geometry',
      geometryKind: 'LineString',
      syncable: true,
    });
    expect(m.layers.bridges!.fields).toMatchObject({
      name: 'name',
      spans: 'spans',
      uid: 'uid',
      version: 'version',
    });
    expect(m.tombstones?.fields).toEqual({
      layer: 'layer',
      uid: 'uid',
      change_seq: 'change_seq',
      deleted_at: 'deleted_at',
      deleted_by: 'deleted_by',
    });
  });

  it('reports what does not map, by code, and refuses to sync a layer without its sync columns', () => {
    const edited = schemas().map((s): FeatureTypeSchema => {
      if (s.name === 'bridges') {
        return {
          ...s,
          fields: s.fields
            .filter((f) => f.name !== 'version' && f.name !== 'notes')
            .map((f) => (f.name === 'spans' ? { ...f, type: 'string' } : f))
            .concat({ name: 'ma_cau', type: 'string', nillable: true, optional: true }),
        };
      }
      if (s.name === 'culverts')
        return { ...s, fields: s.fields.map((f) => ({ ...f, name: f.name.toUpperCase() })) };
      return s;
    });
    const m = mapServerLayers(
      { ...caps, featureTypes: caps.featureTypes.filter((t) => t.name !== 'roads') },
      edited,
    );
    expect(m.problems).toEqual([
      { code: 'type_missing', layer: 'roads' },
      { code: 'field_type', layer: 'bridges', field: 'spans', found: 'string' },
      { code: 'field_missing', layer: 'bridges', field: 'notes' },
      { code: 'sync_field_missing', layer: 'bridges', field: 'version', found: undefined },
      { code: 'server_field_unmapped', layer: 'bridges', field: 'ma_cau', found: 'string' },
    ]);
    expect(m.layers.bridges!.syncable).toBe(false);
    // Upper-case server names still map (case-insensitive), to their own spelling.
    expect(m.layers.culverts).toMatchObject({ syncable: true, fields: { code: 'CODE', uid: 'UID' } });
  });

  it('honours explicit type names and reports a read-only type', () => {
    const m = mapServerLayers(caps, schemas(), { roads: 'roadgis_tombstones' });
    expect(m.problems).toContainEqual({ code: 'type_not_editable', layer: 'roads', found: 'Query' });
    expect(m.layers.roads?.syncable).toBe(false);
  });
});
