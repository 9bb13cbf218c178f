// TransactionResponse (WFS 1.1.0): the summary counts, the server feature id of each inserted feature by
// handle, and the per-action failures a server reports inside an HTTP 200 (QGIS Server is not atomic: a
// failing action leaves the others committed). An ExceptionReport instead is a whole-request failure.
import type { Element } from '@xmldom/xmldom';
import { WfsError, serverKitCode } from './errors';
import { exceptionError, readExceptionReport } from './exception-report';
import { descendants, element, elements, text } from './xml';

export type ActionFailureCode =
  /** The server kit refused an update based on an older version. */
  | 'stale_version'
  | 'uid_immutable'
  /** A value the server could not convert to the column's type. */
  | 'conversion'
  | 'type_unknown'
  | 'failed';

export interface ActionFailure {
  /** The failing action's handle, when the server names it. */
  locator?: string;
  code: ActionFailureCode;
  serverText: string;
}

export interface TransactionResult {
  totalInserted: number;
  totalUpdated: number;
  totalDeleted: number;
  /** In the server's order, which need not be the request's. handle is missing if the server drops it. */
  inserted: { handle?: string; fid: string }[];
  failures: ActionFailure[];
}

function failureCode(message: string): ActionFailureCode {
  const kit = serverKitCode(message);
  if (kit) return kit;
  if (/conversion error/i.test(message)) return 'conversion';
  if (/TypeName '.*' unknown/i.test(message)) return 'type_unknown';
  return 'failed';
}

function count(summary: Element | undefined, name: string): number {
  const el = summary && element(summary, name);
  if (!el) return 0;
  const n = Number(text(el));
  if (!Number.isInteger(n) || n < 0) {
    throw new WfsError('malformed_answer', { operation: 'Transaction', reason: `bad_${name}` });
  }
  return n;
}

export function decodeTransactionResponse(root: Element, status?: number): TransactionResult {
  const exceptions = readExceptionReport(root);
  if (exceptions) throw exceptionError(exceptions, 'Transaction', status);
  if (root.localName !== 'TransactionResponse') {
    throw new WfsError('malformed_answer', { operation: 'Transaction', reason: `root_${root.localName}` });
  }
  const summary = element(root, 'TransactionSummary');
  if (!summary) throw new WfsError('malformed_answer', { operation: 'Transaction', reason: 'no_summary' });
  const inserted: TransactionResult['inserted'] = [];
  const results = element(root, 'InsertResults');
  for (const feature of results ? elements(results, 'Feature') : []) {
    // WFS 1.1 ogc:FeatureId@fid; WFS 2.0 fes:ResourceId@rid.
    for (const id of [...descendants(feature, 'FeatureId'), ...descendants(feature, 'ResourceId')]) {
      const fid = id.getAttribute('fid') || id.getAttribute('rid');
      if (!fid)
        throw new WfsError('malformed_answer', { operation: 'Transaction', reason: 'insert_without_fid' });
      inserted.push({ handle: feature.getAttribute('handle') || undefined, fid });
    }
  }
  const failures: ActionFailure[] = [];
  const actions = element(root, 'TransactionResults');
  for (const action of actions ? elements(actions, 'Action') : []) {
    const message = text(element(action, 'Message'));
    failures.push({
      locator: action.getAttribute('locator') || undefined,
      code: failureCode(message),
      serverText: message.slice(0, 2000),
    });
  }
  return {
    totalInserted: count(summary, 'totalInserted'),
    totalUpdated: count(summary, 'totalUpdated'),
    totalDeleted: count(summary, 'totalDeleted'),
    inserted,
    failures,
  };
}
