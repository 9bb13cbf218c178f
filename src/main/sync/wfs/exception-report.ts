// OGC exception answers: OWS 1.0/1.1 `ExceptionReport` (WFS 1.1/2.0, GeoServer) and the older
// `ServiceExceptionReport` that QGIS Server 3.22 writes, in any HTTP status including 200.
import type { Element } from '@xmldom/xmldom';
import { WfsError, serverKitCode } from './errors';
import { elements, text } from './xml';

export interface OgcException {
  code?: string;
  locator?: string;
  text: string;
}

/** The exceptions in `root` when it is an exception report, otherwise undefined. */
export function readExceptionReport(root: Element): OgcException[] | undefined {
  if (root.localName === 'ExceptionReport') {
    return elements(root, 'Exception').map((e) => ({
      code: e.getAttribute('exceptionCode') || undefined,
      locator: e.getAttribute('locator') || undefined,
      text: elements(e, 'ExceptionText')
        .map((t) => text(t))
        .join('\n'),
    }));
  }
  if (root.localName === 'ServiceExceptionReport') {
    return elements(root, 'ServiceException').map((e) => ({
      code: e.getAttribute('code') || undefined,
      locator: e.getAttribute('locator') || undefined,
      text: text(e),
    }));
  }
  return undefined;
}

/** The error an exception report stands for: a refused stale version when the server kit says so. */
export function exceptionError(exceptions: OgcException[], operation: string, status?: number): WfsError {
  const first = exceptions[0];
  const all = exceptions.map((e) => e.text).join('\n');
  return new WfsError(serverKitCode(all) === 'stale_version' ? 'stale_version' : 'server_exception', {
    operation,
    status,
    exceptionCode: first?.code,
    locator: first?.locator,
    serverText: all.slice(0, 2000),
  });
}
