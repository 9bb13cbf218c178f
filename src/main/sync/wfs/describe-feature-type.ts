// DescribeFeatureType (XML Schema): for each feature type its element name, namespace, geometry property
// and attribute fields with their XSD types. QGIS Server names the geometry property `geometry` whatever the
// column is called; GeoServer uses the column name. Types are matched by local name (xsd:int = int).
import type { Element } from '@xmldom/xmldom';
import { WfsError } from './errors';
import { readExceptionReport, exceptionError } from './exception-report';
import { descendants, elements, element, resolveQName } from './xml';

export type GeometryKind =
  'Point' | 'LineString' | 'Polygon' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon' | 'Geometry';

export interface SchemaField {
  name: string;
  /** XSD local type name: string, int, long, decimal, double, dateTime, date, boolean, ... */
  type: string;
  nillable: boolean;
  /** minOccurs="0": the server accepts a feature without it. */
  optional: boolean;
}

export interface FeatureTypeSchema {
  name: string;
  namespace?: string;
  geometry?: { name: string; kind: GeometryKind };
  fields: SchemaField[];
}

const GEOMETRY_TYPES: Record<string, GeometryKind> = {
  PointPropertyType: 'Point',
  LineStringPropertyType: 'LineString',
  CurvePropertyType: 'LineString',
  PolygonPropertyType: 'Polygon',
  SurfacePropertyType: 'Polygon',
  MultiPointPropertyType: 'MultiPoint',
  MultiLineStringPropertyType: 'MultiLineString',
  MultiCurvePropertyType: 'MultiLineString',
  MultiPolygonPropertyType: 'MultiPolygon',
  MultiSurfacePropertyType: 'MultiPolygon',
  GeometryPropertyType: 'Geometry',
  GeometryAssociationType: 'Geometry',
};

/** The XSD type of an element: its `type` attribute, or a restriction's base for inline simple types. */
function typeOf(el: Element): string | undefined {
  const declared = el.getAttribute('type');
  if (declared) return resolveQName(el, declared).localName;
  const restriction = descendants(el, 'restriction')[0];
  const base = restriction?.getAttribute('base');
  return base ? resolveQName(restriction!, base).localName : undefined;
}

function schemaOf(
  element_: Element,
  complexTypes: Map<string, Element>,
  namespace?: string,
): FeatureTypeSchema {
  const name = element_.getAttribute('name')!;
  const typeName = typeOf(element_);
  const complex = (typeName && complexTypes.get(typeName)) || element(element_, 'complexType');
  if (!complex) {
    throw new WfsError('malformed_answer', {
      operation: 'DescribeFeatureType',
      reason: `no_type_for_${name}`,
    });
  }
  const schema: FeatureTypeSchema = { name, namespace, fields: [] };
  for (const field of descendants(complex, 'element')) {
    const fieldName = field.getAttribute('name');
    const type = typeOf(field);
    if (!fieldName || !type) continue;
    const geometryKind = GEOMETRY_TYPES[type];
    if (geometryKind && !schema.geometry) {
      schema.geometry = { name: fieldName, kind: geometryKind };
      continue;
    }
    schema.fields.push({
      name: fieldName,
      type,
      nillable: field.getAttribute('nillable') === 'true',
      optional: field.getAttribute('minOccurs') === '0',
    });
  }
  return schema;
}

export function parseDescribeFeatureType(root: Element): FeatureTypeSchema[] {
  const exceptions = readExceptionReport(root);
  if (exceptions) throw exceptionError(exceptions, 'DescribeFeatureType');
  if (root.localName !== 'schema') {
    throw new WfsError('malformed_answer', {
      operation: 'DescribeFeatureType',
      reason: `root_${root.localName}`,
    });
  }
  const namespace = root.getAttribute('targetNamespace') || undefined;
  const complexTypes = new Map<string, Element>();
  for (const ct of elements(root, 'complexType')) {
    const n = ct.getAttribute('name');
    if (n) complexTypes.set(n, ct);
  }
  // Feature elements are the top-level elements (substitutionGroup gml:_Feature / gml:AbstractFeature).
  return elements(root, 'element')
    .filter((e) => e.getAttribute('name'))
    .map((e) => schemaOf(e, complexTypes, namespace));
}
