// GetCapabilities (WFS 1.1.0 and 2.0.0): versions offered, operations with their URLs and formats, and the
// feature types with their CRSs and allowed operations.
import type { Element } from '@xmldom/xmldom';
import { WfsError } from './errors';
import { readExceptionReport, exceptionError } from './exception-report';
import { element, elements, pathElement, resolveQName, text } from './xml';

export interface TypeName {
  /** Local name, e.g. `roads`. */
  name: string;
  prefix?: string;
  namespace?: string;
}

export interface FeatureTypeInfo extends TypeName {
  title: string;
  defaultSrs?: string;
  otherSrs: string[];
  /** Operations declared for this type (falls back to the list shared by all types). */
  operations: string[];
}

export interface OperationInfo {
  get?: string;
  post?: string;
  /** ows:Parameter values by parameter name, e.g. outputFormat → [...]. */
  parameters: Record<string, string[]>;
}

export interface WfsCapabilities {
  /** The version of this capabilities document. */
  version: string;
  /** Versions the server accepts (AcceptVersions of GetCapabilities), newest first. */
  versions: string[];
  title: string;
  operations: Record<string, OperationInfo>;
  featureTypes: FeatureTypeInfo[];
  /** Comparison operators of the filter capabilities (e.g. GreaterThan / PropertyIsGreaterThan). */
  comparisonOperators: string[];
  spatialOperators: string[];
}

function parameters(op: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of elements(op, 'Parameter')) {
    const name = p.getAttribute('name');
    if (!name) continue;
    // OWS 1.0 lists ows:Value directly, OWS 1.1 inside ows:AllowedValues.
    const holder = element(p, 'AllowedValues') ?? p;
    out[name] = elements(holder, 'Value').map((v) => text(v));
  }
  return out;
}

function operations(root: Element): Record<string, OperationInfo> {
  const out: Record<string, OperationInfo> = {};
  for (const op of elements(element(root, 'OperationsMetadata') ?? root, 'Operation')) {
    const name = op.getAttribute('name');
    if (!name) continue;
    const http = pathElement(op, 'DCP', 'HTTP');
    const href = (kind: string) =>
      (http && element(http, kind)?.getAttributeNS('http://www.w3.org/1999/xlink', 'href')) || undefined;
    out[name] = { get: href('Get'), post: href('Post'), parameters: parameters(op) };
  }
  return out;
}

function featureType(el: Element, shared: string[]): FeatureTypeInfo | undefined {
  const nameEl = element(el, 'Name');
  const qname = text(nameEl);
  if (!nameEl || !qname) return undefined;
  const { prefix, localName, namespace } = resolveQName(nameEl, qname);
  const own = element(el, 'Operations');
  return {
    name: localName,
    prefix,
    namespace,
    title: text(element(el, 'Title')) || localName,
    // WFS 1.1 DefaultSRS/OtherSRS; WFS 2.0 DefaultCRS/OtherCRS.
    defaultSrs: text(element(el, 'DefaultSRS') ?? element(el, 'DefaultCRS')) || undefined,
    otherSrs: [...elements(el, 'OtherSRS'), ...elements(el, 'OtherCRS')].map((e) => text(e)),
    operations: own ? elements(own, 'Operation').map((o) => text(o)) : shared,
  };
}

function filterOperators(root: Element, group: string, item: string): string[] {
  const caps = element(root, 'Filter_Capabilities');
  if (!caps) return [];
  const out: string[] = [];
  for (const section of elements(caps)) {
    const list = element(section, group);
    if (!list) continue;
    for (const op of elements(list, item)) {
      out.push(op.getAttribute('name') || text(op));
    }
  }
  return out;
}

export function parseCapabilities(root: Element): WfsCapabilities {
  const exceptions = readExceptionReport(root);
  if (exceptions) throw exceptionError(exceptions, 'GetCapabilities');
  if (root.localName !== 'WFS_Capabilities') {
    throw new WfsError('malformed_answer', {
      operation: 'GetCapabilities',
      reason: `root_${root.localName}`,
    });
  }
  const ops = operations(root);
  const list = element(root, 'FeatureTypeList');
  const sharedList = list && element(list, 'Operations');
  // WFS 2.0 has no per-type operations: a Transaction operation means every type may be edited.
  const shared = sharedList
    ? elements(sharedList, 'Operation').map((o) => text(o))
    : ops.Transaction
      ? ['Query', 'Insert', 'Update', 'Delete']
      : ['Query'];
  const version = root.getAttribute('version') ?? '';
  const versions = ops.GetCapabilities?.parameters.AcceptVersions ?? [version];
  return {
    version,
    versions: [...versions].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })),
    title: text(pathElement(root, 'ServiceIdentification', 'Title')),
    operations: ops,
    featureTypes: list
      ? elements(list, 'FeatureType')
          .map((el) => featureType(el, shared))
          .filter((t): t is FeatureTypeInfo => t !== undefined)
      : [],
    comparisonOperators: filterOperators(root, 'ComparisonOperators', 'ComparisonOperator'),
    spatialOperators: filterOperators(root, 'SpatialOperators', 'SpatialOperator'),
  };
}

/** The output formats a GetFeature accepts, as the capabilities list them. */
export function getFeatureFormats(caps: WfsCapabilities): string[] {
  const p = caps.operations.GetFeature?.parameters ?? {};
  return p.outputFormat ?? p.OutputFormat ?? [];
}
