// WFS 1.1.0 Transaction requests, written as text. Our own encoder rather than ol/format/WFS's
// writeTransaction, which falls short for sync: it puts one handle on the whole Transaction (results must be
// matched per action, by handle, because QGIS Server runs Updates, then Deletes, then Inserts, and answers in
// that order), writes one feature type per call, and needs a DOM. Rules kept here: one feature per Insert,
// every action has a unique handle (the change id), Updates carry the version they were based on, Deletes
// name the server feature id (QGIS Server silently deletes nothing for a property filter).
import type { Geometry } from '../../../domain/geometry/geojson';
import type { TypeName } from './capabilities';
import { WfsError } from './errors';
import { assertUnambiguousSrs, formatNumber, writeGml3Geometry } from './gml-write';
import { escapeXml } from './xml';

export type PropertyValue = string | number | boolean | null;

interface ActionBase {
  /** Unique within the request: the change id, so the answer is matched to the change. */
  handle: string;
  type: TypeName;
}

export interface InsertAction extends ActionBase {
  kind: 'insert';
  /** Null values are left out: the server stores NULL for every property an Insert omits. */
  properties: Record<string, PropertyValue>;
  geometryName: string;
  geometry: Geometry | null;
}

export interface UpdateAction extends ActionBase {
  kind: 'update';
  /** Server feature id, e.g. `roads.12`. */
  fid: string;
  /** The server version the edit was based on; the server kit refuses the update if it moved. */
  baseVersion: number;
  /** Only the changed properties; null sets NULL. */
  properties: Record<string, PropertyValue>;
  geometryName: string;
  /** undefined: geometry unchanged; null: set to NULL. */
  geometry?: Geometry | null;
}

export interface DeleteAction extends ActionBase {
  kind: 'delete';
  fid: string;
}

export type TransactionAction = InsertAction | UpdateAction | DeleteAction;

export interface TransactionOptions {
  /** CRS of the positions written; x y order. Default CRS:84 (lon lat). */
  srsName?: string;
  /** The server property holding the feature version. Default `version`. */
  versionProperty?: string;
}

/** Names become element names: anything that is not a plain XML name is refused rather than mangled. */
function xmlName(name: string): string {
  if (!/^[A-Za-z_][\w.-]*$/.test(name))
    throw new WfsError('unsupported', { reason: 'invalid_xml_name', serverText: name });
  return name;
}

function valueText(v: Exclude<PropertyValue, null>): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return escapeXml(v);
}

/** Assigns each namespace a prefix (the server's own when it has one and it is free). */
function prefixes(actions: readonly TransactionAction[]): Map<string, string> {
  const byNs = new Map<string, string>();
  const used = new Set(['wfs', 'gml', 'ogc', 'xsi']);
  for (const a of actions) {
    const ns = a.type.namespace;
    if (ns === undefined) {
      throw new WfsError('unsupported', { reason: 'type_without_namespace', serverText: a.type.name });
    }
    if (byNs.has(ns)) continue;
    let prefix = a.type.prefix && /^[A-Za-z_][\w.-]*$/.test(a.type.prefix) ? a.type.prefix : 'f';
    for (let i = 1; used.has(prefix); i++) prefix = `f${i}`;
    used.add(prefix);
    byNs.set(ns, prefix);
  }
  return byNs;
}

function fidFilter(fid: string): string {
  if (!fid) throw new WfsError('unsupported', { reason: 'missing_fid' });
  return `<ogc:Filter><ogc:FeatureId fid="${escapeXml(fid)}"/></ogc:Filter>`;
}

function property(name: string, valueXml: string | null): string {
  const value = valueXml === null ? '' : `<wfs:Value>${valueXml}</wfs:Value>`;
  return `<wfs:Property><wfs:Name>${escapeXml(name)}</wfs:Name>${value}</wfs:Property>`;
}

function encodeAction(
  a: TransactionAction,
  prefix: string,
  srsName: string,
  versionProperty: string,
): string {
  const handle = escapeXml(a.handle);
  const qname = `${prefix}:${xmlName(a.type.name)}`;
  switch (a.kind) {
    case 'insert': {
      let body = '';
      if (a.geometry) {
        xmlName(a.geometryName);
        body += `<${prefix}:${a.geometryName}>${writeGml3Geometry(a.geometry, srsName)}</${prefix}:${a.geometryName}>`;
      }
      for (const [name, v] of Object.entries(a.properties)) {
        if (v === null || v === undefined) continue;
        xmlName(name);
        body += `<${prefix}:${name}>${valueText(v)}</${prefix}:${name}>`;
      }
      return `<wfs:Insert handle="${handle}"><${qname}>${body}</${qname}></wfs:Insert>`;
    }
    case 'update': {
      if (!Number.isInteger(a.baseVersion)) {
        throw new WfsError('unsupported', { reason: 'update_without_base_version', serverText: a.handle });
      }
      let body = '';
      for (const [name, v] of Object.entries(a.properties)) {
        if (name === versionProperty) continue;
        body += property(name, v === null || v === undefined ? null : valueText(v));
      }
      if (a.geometry !== undefined) {
        body += property(a.geometryName, a.geometry === null ? null : writeGml3Geometry(a.geometry, srsName));
      }
      body += property(versionProperty, String(a.baseVersion));
      return `<wfs:Update typeName="${qname}" handle="${handle}">${body}${fidFilter(a.fid)}</wfs:Update>`;
    }
    case 'delete':
      return `<wfs:Delete typeName="${qname}" handle="${handle}">${fidFilter(a.fid)}</wfs:Delete>`;
  }
}

/** One Transaction document for these actions, in the order given. */
export function encodeTransaction(
  actions: readonly TransactionAction[],
  options: TransactionOptions = {},
): string {
  const srsName = options.srsName ?? 'CRS:84';
  assertUnambiguousSrs(srsName);
  if (actions.length === 0) throw new WfsError('unsupported', { reason: 'empty_transaction' });
  const seen = new Set<string>();
  for (const a of actions) {
    if (!a.handle || seen.has(a.handle)) {
      throw new WfsError('unsupported', { reason: 'handle_missing_or_repeated', serverText: a.handle });
    }
    seen.add(a.handle);
  }
  const ns = prefixes(actions);
  const decls = [...ns].map(([uri, p]) => ` xmlns:${p}="${escapeXml(uri)}"`).join('');
  const parts = actions.map((a) =>
    encodeAction(a, ns.get(a.type.namespace!)!, srsName, options.versionProperty ?? 'version'),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs"' +
    ' xmlns:gml="http://www.opengis.net/gml" xmlns:ogc="http://www.opengis.net/ogc"' +
    decls +
    '>' +
    parts.join('') +
    '</wfs:Transaction>'
  );
}
