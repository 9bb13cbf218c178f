// Small DOM helpers for reading OGC XML answers with @xmldom/xmldom. Elements are matched by local name and,
// where it matters, namespace: servers differ in prefixes (QGIS writes a default gml namespace on geometry
// elements, GeoServer prefixes everything), never in local names.
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { WfsError } from './errors';

export const NS = {
  wfs: 'http://www.opengis.net/wfs',
  wfs2: 'http://www.opengis.net/wfs/2.0',
  ows: 'http://www.opengis.net/ows',
  ows11: 'http://www.opengis.net/ows/1.1',
  ogc: 'http://www.opengis.net/ogc',
  fes: 'http://www.opengis.net/fes/2.0',
  gml: 'http://www.opengis.net/gml',
  gml32: 'http://www.opengis.net/gml/3.2',
  xsd: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xlink: 'http://www.w3.org/1999/xlink',
} as const;

/** Parses an answer; anything that is not well-formed XML is a malformed answer of `operation`. */
export function parseXml(text: string, operation: string): Element {
  const problems: string[] = [];
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml');
    root = doc.documentElement;
  } catch (e) {
    // xmldom throws on fatal errors (unclosed tags); both ways end here.
    problems.push(e instanceof Error ? e.message : String(e));
  }
  if (problems.length > 0 || !root) {
    throw new WfsError('malformed_answer', { operation, reason: 'not_xml', serverText: text.slice(0, 300) });
  }
  return root;
}

export function elements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName)) {
      out.push(n as Element);
    }
  }
  return out;
}

export function element(parent: Element, localName: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName) return n as Element;
  }
  return undefined;
}

/** The first element found by walking a path of local names. */
export function pathElement(parent: Element, ...path: string[]): Element | undefined {
  let at: Element | undefined = parent;
  for (const name of path) {
    at = at && element(at, name);
  }
  return at;
}

export function text(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** Every descendant element with this local name, in document order. */
export function descendants(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of elements(el)) {
      if (child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(parent);
  return out;
}

/** Resolves a qualified name (`topp:roads`) against the namespaces in scope at `el`. */
export function resolveQName(
  el: Element,
  qname: string,
): { prefix?: string; localName: string; namespace?: string } {
  const colon = qname.indexOf(':');
  if (colon < 0) return { localName: qname, namespace: el.lookupNamespaceURI(null) ?? undefined };
  const prefix = qname.slice(0, colon);
  return { prefix, localName: qname.slice(colon + 1), namespace: el.lookupNamespaceURI(prefix) ?? undefined };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or attribute content for XML we write. Characters XML 1.0 forbids are refused, not dropped. */
export function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
    throw new WfsError('unsupported', { reason: 'control_character_in_text' });
  }
  return value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}
