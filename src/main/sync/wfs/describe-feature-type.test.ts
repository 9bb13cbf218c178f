import { describe, expect, it } from 'vitest';
import { parseDescribeFeatureType } from './describe-feature-type';
import { recorded } from './fixtures/recorded';
import { parseXml } from './xml';

const parse = (xml: string) => parseDescribeFeatureType(parseXml(xml, 'DescribeFeatureType'));

describe('DescribeFeatureType', () => {
  it('reads every type with its geometry property and typed fields', () => {
    const schemas = parse(recorded('describe-feature-type.xml'));
    expect(schemas.map((s) => s.name)).toEqual(['roads', 'bridges', 'culverts', 'roadgis_tombstones']);
    const roads = schemas[0]!;
    expect(roads.namespace).toBe('http://www.qgis.org/gml');
    expect(roads.geometry).toEqual({ name: 'geometry', kind: 'LineString' });
    expect(schemas[1]!.geometry).toEqual({ name: 'geometry', kind: 'Point' });
    const field = (name: string) => roads.fields.find((f) => f.name === name);
    expect(field('name')).toEqual({ name: 'name', type: 'string', nillable: true, optional: false });
    expect(field('width_m')?.type).toBe('decimal');
    expect(field('lanes')?.type).toBe('int');
    expect(field('change_seq')?.type).toBe('long');
    expect(field('updated_at')).toMatchObject({ type: 'dateTime', nillable: false });
    expect(roads.fields.some((f) => f.name === 'geometry')).toBe(false);
  });

  it('reads prefixed XSD types and inline restrictions (GeoServer style)', () => {
    const [s] =
      parse(`<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:gml="http://www.opengis.net/gml"
      xmlns:kt="http://gis.kontum.gov.vn/roadgis" targetNamespace="http://gis.kontum.gov.vn/roadgis">
      <xsd:complexType name="cauType"><xsd:complexContent><xsd:extension base="gml:AbstractFeatureType"><xsd:sequence>
        <xsd:element name="ten" nillable="true" minOccurs="0"><xsd:simpleType><xsd:restriction base="xsd:string"><xsd:maxLength value="200"/></xsd:restriction></xsd:simpleType></xsd:element>
        <xsd:element name="the_geom" type="gml:MultiPointPropertyType" minOccurs="0"/>
        <xsd:element name="so_nhip" type="xsd:int"/>
      </xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
      <xsd:element name="cau" type="kt:cauType" substitutionGroup="gml:_Feature"/>
    </xsd:schema>`);
    expect(s).toEqual({
      name: 'cau',
      namespace: 'http://gis.kontum.gov.vn/roadgis',
      geometry: { name: 'the_geom', kind: 'MultiPoint' },
      fields: [
        { name: 'ten', type: 'string', nillable: true, optional: true },
        { name: 'so_nhip', type: 'int', nillable: false, optional: false },
      ],
    });
  });

  it('refuses a document that is not a schema', () => {
    expect(() => parse(recorded('transaction-update.xml'))).toThrow(
      expect.objectContaining({ code: 'malformed_answer' }),
    );
  });
});
