// Every way a WFS exchange can fail, as a code the sync engine decides on and the UI translates; the detail
// carries parameters (status, the server's own code and text) for the log, never credentials.
export type WfsErrorCode =
  /** The request did not reach the server or the connection broke before a complete answer. */
  | 'network'
  /** No complete answer within the time limit; the server may or may not have acted. */
  | 'timeout'
  /** An HTTP status outside 2xx without an OGC exception in the body. */
  | 'http_status'
  /** An OGC ExceptionReport (in any HTTP status, 200 included). */
  | 'server_exception'
  /** The server refused an update because the feature's version moved (optimistic concurrency). */
  | 'stale_version'
  /** The answer is not what the operation returns (not XML/JSON, wrong root, missing parts, cut short). */
  | 'malformed_answer'
  /** The request cannot be expressed safely (e.g. an axis-order-ambiguous srsName). */
  | 'unsupported';

export interface WfsErrorDetail {
  status?: number;
  /** OGC exception code (ExceptionReport `exceptionCode` / ServiceException `code`). */
  exceptionCode?: string;
  /** OGC `locator`: for Transactions, the handle of the failing action when the server names it. */
  locator?: string;
  /** The server's own words, kept for the log (it is not shown as a sentence of ours). */
  serverText?: string;
  /** Which operation failed: GetCapabilities, DescribeFeatureType, GetFeature, Transaction. */
  operation?: string;
  /** For malformed answers and unsupported requests: what exactly was wrong. */
  reason?: string;
}

export class WfsError extends Error {
  constructor(
    readonly code: WfsErrorCode,
    readonly detail: WfsErrorDetail = {},
  ) {
    super(
      `wfs:${code}${detail.reason ? `:${detail.reason}` : ''}${detail.status ? `:${detail.status}` : ''}`,
    );
    this.name = 'WfsError';
  }
}

/** Database messages the RoadGIS server kit raises, recognised in whatever text the server passes on. */
export function serverKitCode(text: string): 'stale_version' | 'uid_immutable' | undefined {
  if (text.includes('roadgis_stale_version')) return 'stale_version';
  if (text.includes('roadgis_uid_immutable')) return 'uid_immutable';
  return undefined;
}
