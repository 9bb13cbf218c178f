// A WFS 1.1.0 client over an injected HttpPort: GetCapabilities, DescribeFeatureType, GetFeature pages and
// Transactions, each with a time limit and typed errors. It keeps no state between calls besides its options,
// so the sync engine decides what to retry.
import type { Element } from '@xmldom/xmldom';
import type { WfsCapabilities, TypeName } from './capabilities';
import { parseCapabilities } from './capabilities';
import type { FeatureTypeSchema } from './describe-feature-type';
import { parseDescribeFeatureType } from './describe-feature-type';
import { WfsError } from './errors';
import { exceptionError, readExceptionReport } from './exception-report';
import type { FeaturePage } from './feature';
import { decodeGeoJsonPage } from './geojson-page';
import type { FeatureQuery, PageFormat } from './get-feature';
import { encodeGetFeature } from './get-feature';
import { decodeGml3Page } from './gml-read';
import type { GmlReadOptions } from './gml-read';
import type { HttpPort } from './http-port';
import { nodeHttpPort } from './http-port';
import type { TransactionAction, TransactionOptions } from './transaction-encode';
import { encodeTransaction } from './transaction-encode';
import type { TransactionResult } from './transaction-decode';
import { decodeTransactionResponse } from './transaction-decode';
import type { ActionOutcome } from './transaction-outcome';
import { matchOutcomes } from './transaction-outcome';
import { parseXml } from './xml';

export interface WfsClientOptions {
  /** The service endpoint, e.g. http://host/ows or http://host/geoserver/wfs (its own query kept). */
  url: string;
  http?: HttpPort;
  /** Per request, from sending to the last byte of the answer. Default 60 s. */
  timeoutMs?: number;
  /** The Authorization header value (Basic or Bearer), asked for at each request; never logged. */
  authorization?: () => string | undefined;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export class WfsClient {
  private readonly http: HttpPort;
  private readonly timeoutMs: number;

  constructor(private readonly options: WfsClientOptions) {
    this.http = options.http ?? nodeHttpPort;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async getCapabilities(): Promise<WfsCapabilities> {
    const answer = await this.exchange('GetCapabilities', 'GET', this.kvpUrl({ REQUEST: 'GetCapabilities' }));
    return parseCapabilities(this.xmlRoot('GetCapabilities', answer));
  }

  async describeFeatureType(types: readonly TypeName[]): Promise<FeatureTypeSchema[]> {
    const names = types.map((t) => (t.prefix ? `${t.prefix}:${t.name}` : t.name)).join(',');
    const params: Record<string, string> = { REQUEST: 'DescribeFeatureType', TYPENAME: names };
    const withNs = types.filter((t) => t.prefix && t.namespace);
    if (withNs.length > 0) {
      params.NAMESPACE = withNs.map((t) => `xmlns(${t.prefix}=${t.namespace})`).join(',');
    }
    const answer = await this.exchange('DescribeFeatureType', 'GET', this.kvpUrl(params));
    return parseDescribeFeatureType(this.xmlRoot('DescribeFeatureType', answer));
  }

  /** One page of features; GML pages are read with `gml` (field types from DescribeFeatureType). */
  async getFeaturePage(
    query: FeatureQuery,
    format: PageFormat,
    gml: GmlReadOptions = {},
  ): Promise<FeaturePage> {
    return (await this.fetchFeaturePage(query, format, gml))();
  }

  /**
   * Fetches one page and hands back its parser, so a reader can ask for the next page before it parses
   * this one (the server works while we parse). Network and HTTP errors reject here, answer errors in the
   * parser.
   */
  async fetchFeaturePage(
    query: FeatureQuery,
    format: PageFormat,
    gml: GmlReadOptions = {},
  ): Promise<() => FeaturePage> {
    const answer = await this.exchange('GetFeature', 'POST', this.options.url, encodeGetFeature(query));
    this.refuseErrorStatus('GetFeature', answer);
    return () => {
      if (format === 'geojson' && !answer.body.trimStart().startsWith('<')) {
        return decodeGeoJsonPage(answer.body);
      }
      if (format === 'geojson') throw this.errorFromXml('GetFeature', answer);
      try {
        return decodeGml3Page(answer.body, gml);
      } catch (e) {
        if (e instanceof WfsError && e.code === 'server_exception') {
          throw this.errorFromXml('GetFeature', answer);
        }
        throw e;
      }
    };
  }

  /** Sends one Transaction and matches the answer to the actions by handle. */
  async transaction(
    actions: readonly TransactionAction[],
    options: TransactionOptions = {},
  ): Promise<{ result: TransactionResult; outcomes: ActionOutcome[] }> {
    const body = encodeTransaction(actions, options);
    const answer = await this.exchange('Transaction', 'POST', this.options.url, body);
    const root = this.xmlRoot('Transaction', answer);
    const result = decodeTransactionResponse(root, answer.status);
    return { result, outcomes: matchOutcomes(actions, result) };
  }

  private kvpUrl(params: Record<string, string>): string {
    const url = new URL(this.options.url);
    const all: Record<string, string> = { SERVICE: 'WFS', VERSION: '1.1.0', ...params };
    // Replace the parameters the base URL may already carry, whatever their case.
    for (const key of [...url.searchParams.keys()]) {
      if (key.toUpperCase() in all) url.searchParams.delete(key);
    }
    for (const [k, v] of Object.entries(all)) url.searchParams.set(k, v);
    return url.toString();
  }

  /**
   * One request and its whole answer. Reads are sent a second time after a network error: a kept-alive
   * connection the server closed while idle fails the next request at once ("other side closed"). A
   * Transaction is never re-sent here; whether it happened is for the caller to find out.
   */
  private async exchange(
    operation: string,
    method: 'GET' | 'POST',
    url: string,
    body?: string,
  ): Promise<Answer> {
    try {
      return await this.exchangeOnce(operation, method, url, body);
    } catch (e) {
      if (operation === 'Transaction' || !(e instanceof WfsError) || e.code !== 'network') throw e;
      return this.exchangeOnce(operation, method, url, body);
    }
  }

  private async exchangeOnce(
    operation: string,
    method: 'GET' | 'POST',
    url: string,
    body?: string,
  ): Promise<Answer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const headers: Record<string, string> = { Accept: 'text/xml, application/xml, application/json' };
    if (body !== undefined) headers['Content-Type'] = 'text/xml; charset=UTF-8';
    const auth = this.options.authorization?.();
    if (auth) headers.Authorization = auth;
    try {
      const res = await this.http({ url, method, headers, body, signal: controller.signal });
      const text = await res.text();
      return { status: res.status, contentType: res.contentType, body: text };
    } catch (e) {
      if (e instanceof WfsError) throw e;
      throw new WfsError(timedOut ? 'timeout' : 'network', {
        operation,
        reason:
          e instanceof Error
            ? (e.cause instanceof Error ? e.cause.message : e.message).slice(0, 200)
            : undefined,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Non-2xx: the server's exception if it sent one, otherwise the bare status. */
  private refuseErrorStatus(operation: string, answer: Answer): void {
    if (answer.status >= 200 && answer.status < 300) return;
    throw this.errorFromXml(operation, answer);
  }

  private errorFromXml(operation: string, answer: Answer): WfsError {
    try {
      const exceptions = readExceptionReport(parseXml(answer.body, operation));
      if (exceptions) return exceptionError(exceptions, operation, answer.status);
    } catch {
      // not XML: fall through to the status
    }
    if (answer.status >= 200 && answer.status < 300) {
      return new WfsError('malformed_answer', {
        operation,
        status: answer.status,
        reason: 'unexpected_body',
      });
    }
    return new WfsError('http_status', {
      operation,
      status: answer.status,
      serverText: answer.body.slice(0, 300),
    });
  }

  private xmlRoot(operation: string, answer: Answer): Element {
    this.refuseErrorStatus(operation, answer);
    const root = parseXml(answer.body, operation);
    const exceptions = readExceptionReport(root);
    if (exceptions) throw exceptionError(exceptions, operation, answer.status);
    return root;
  }
}
