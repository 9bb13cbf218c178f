// Which server feature type holds which RoadGIS layer, and which server property holds which RoadGIS field.
// Names match case-insensitively (ArcGIS and Oracle-backed servers upper-case them); whatever does not map
// is reported as a problem with a code, and the sync refuses only what it cannot do safely.
import { LAYERS, LAYER_NAMES, SYSTEM_FIELDS } from '../../../domain/assets/layers';
import type { FieldKind, LayerName } from '../../../domain/assets/layers';
import type { FeatureTypeInfo, TypeName, WfsCapabilities } from './capabilities';
import type { FeatureTypeSchema, GeometryKind } from './describe-feature-type';

/** Columns the server kit adds for sync: without them a layer can be read but not synced. */
export const SYNC_FIELDS = ['uid', 'version', 'change_seq'] as const;
/** The server's own key (the feature id's number); known, never mapped. */
const SERVER_KEY_FIELDS = new Set(['id', 'fid', 'objectid', 'gid']);
export const TOMBSTONE_TYPE = 'roadgis_tombstones';
const TOMBSTONE_FIELDS = ['layer', 'uid', 'change_seq', 'deleted_at', 'deleted_by'];

export type MappingProblemCode =
  | 'type_missing'
  | 'type_not_editable'
  | 'schema_missing'
  | 'geometry_missing'
  | 'geometry_kind'
  | 'field_missing'
  | 'field_type'
  | 'sync_field_missing'
  | 'server_field_unmapped'
  | 'tombstones_missing';

export interface MappingProblem {
  code: MappingProblemCode;
  layer?: LayerName | typeof TOMBSTONE_TYPE;
  field?: string;
  /** What the server has, e.g. its XSD type or geometry kind. */
  found?: string;
}

export interface MappedLayer {
  layer: LayerName;
  typeName: TypeName;
  geometryName: string;
  geometryKind: GeometryKind;
  /** RoadGIS field name → server property name (every field present on both sides). */
  fields: Record<string, string>;
  /** Insert, Update and Delete all allowed, and the sync columns present. */
  syncable: boolean;
  defaultSrs?: string;
}

export interface ServerMapping {
  layers: Partial<Record<LayerName, MappedLayer>>;
  tombstones?: { typeName: TypeName; fields: Record<string, string> };
  problems: MappingProblem[];
}

const XSD_KINDS: Record<string, FieldKind | 'timestamp'> = {
  string: 'text',
  int: 'integer',
  integer: 'integer',
  long: 'integer',
  short: 'integer',
  byte: 'integer',
  decimal: 'real',
  double: 'real',
  float: 'real',
  dateTime: 'date',
  date: 'date',
};

function compatible(kind: FieldKind, xsdType: string): boolean {
  const serverKind = XSD_KINDS[xsdType];
  if (kind === 'coded') return serverKind === 'text' || serverKind === 'integer';
  // A whole number fits a real column; a real value does not fit an integer column.
  if (kind === 'real') return serverKind === 'real' || serverKind === 'integer';
  return serverKind === kind;
}

const GEOMETRY_FOR_LAYER: Record<string, GeometryKind[]> = {
  LINESTRING: ['LineString', 'MultiLineString', 'Geometry'],
  POINT: ['Point', 'MultiPoint', 'Geometry'],
};

function findByName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  const lower = name.toLowerCase();
  return items.find((i) => i.name === name) ?? items.find((i) => i.name.toLowerCase() === lower);
}

function typeRef(info: FeatureTypeInfo, schema: FeatureTypeSchema): TypeName {
  return { name: info.name, prefix: info.prefix, namespace: info.namespace ?? schema.namespace };
}

function mapLayer(
  layer: LayerName,
  info: FeatureTypeInfo,
  schema: FeatureTypeSchema,
  problems: MappingProblem[],
): MappedLayer | undefined {
  if (!schema.geometry) {
    problems.push({ code: 'geometry_missing', layer });
    return undefined;
  }
  const def = LAYERS[layer];
  if (!GEOMETRY_FOR_LAYER[def.geometryType]!.includes(schema.geometry.kind)) {
    problems.push({ code: 'geometry_kind', layer, found: schema.geometry.kind });
  }
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  let syncable = true;
  for (const field of [...def.fields, ...SYSTEM_FIELDS]) {
    const server = findByName(schema.fields, field.name);
    if (server) seen.add(server.name.toLowerCase());
    if (!server) {
      problems.push({ code: 'field_missing', layer, field: field.name });
      if (field.name === 'uid') syncable = false;
      continue;
    }
    if (!compatible(field.kind, server.type)) {
      problems.push({ code: 'field_type', layer, field: field.name, found: server.type });
      continue;
    }
    fields[field.name] = server.name;
  }
  for (const name of ['version', 'change_seq']) {
    const server = findByName(schema.fields, name);
    if (server) seen.add(server.name.toLowerCase());
    if (server && XSD_KINDS[server.type] === 'integer') fields[name] = server.name;
    else {
      problems.push({ code: 'sync_field_missing', layer, field: name, found: server?.type });
      syncable = false;
    }
  }
  for (const f of schema.fields) {
    if (!seen.has(f.name.toLowerCase()) && !SERVER_KEY_FIELDS.has(f.name.toLowerCase())) {
      problems.push({ code: 'server_field_unmapped', layer, field: f.name, found: f.type });
    }
  }
  const editable = ['Insert', 'Update', 'Delete'].every((op) => info.operations.includes(op));
  if (!editable) {
    problems.push({ code: 'type_not_editable', layer, found: info.operations.join(',') });
  }
  return {
    layer,
    typeName: typeRef(info, schema),
    geometryName: schema.geometry.name,
    geometryKind: schema.geometry.kind,
    fields,
    syncable: syncable && editable,
    defaultSrs: info.defaultSrs,
  };
}

/**
 * Maps the server's feature types to RoadGIS layers. `typeNames` overrides the default (a type whose
 * local name is the layer's name), e.g. `{ roads: 'duong_bo' }`.
 */
export function mapServerLayers(
  caps: WfsCapabilities,
  schemas: readonly FeatureTypeSchema[],
  typeNames: Partial<Record<LayerName, string>> = {},
): ServerMapping {
  const problems: MappingProblem[] = [];
  const layers: Partial<Record<LayerName, MappedLayer>> = {};
  for (const layer of LAYER_NAMES) {
    const info = findByName(caps.featureTypes, typeNames[layer] ?? layer);
    if (!info) {
      problems.push({ code: 'type_missing', layer });
      continue;
    }
    const schema = findByName(schemas, info.name);
    if (!schema) {
      problems.push({ code: 'schema_missing', layer });
      continue;
    }
    const mapped = mapLayer(layer, info, schema, problems);
    if (mapped) layers[layer] = mapped;
  }
  let tombstones: ServerMapping['tombstones'];
  const tInfo = findByName(caps.featureTypes, TOMBSTONE_TYPE);
  const tSchema = tInfo && findByName(schemas, tInfo.name);
  if (tInfo && tSchema) {
    const fields: Record<string, string> = {};
    for (const name of TOMBSTONE_FIELDS) {
      const f = findByName(tSchema.fields, name);
      if (f) fields[name] = f.name;
      else problems.push({ code: 'field_missing', layer: TOMBSTONE_TYPE, field: name });
    }
    tombstones = { typeName: typeRef(tInfo, tSchema), fields };
  } else {
    problems.push({ code: 'tombstones_missing' });
  }
  return { layers, tombstones, problems };
}
