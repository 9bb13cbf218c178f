import { describe, expect, it } from 'vitest';
import { recorded } from './fixtures/recorded';
import { decodeTransactionResponse } from './transaction-decode';
import { parseXml } from './xml';

const decode = (xml: string, status?: number) =>
  decodeTransactionResponse(parseXml(xml, 'Transaction'), status);

describe('TransactionResponse decoding (recorded from QGIS Server 3.22)', () => {
  it('reads counts, insert results by handle in the server order, and per-action failures in HTTP 200', () => {
    expect(decode(recorded('transaction-mixed.xml'))).toEqual({
      totalInserted: 2,
      totalUpdated: 1,
      totalDeleted: 1,
      inserted: [
        { handle: 'ins-6', fid: 'culverts.4' },
        { handle: 'ins-4', fid: 'culverts.5' },
      ],
      failures: [
        {
          locator: 'ins-5',
          code: 'conversion',
          serverText: "Property conversion error on layer insert 'culverts'",
        },
      ],
    });
  });

  it('recognises the server kit refusing a stale version', () => {
    const r = decode(recorded('transaction-update-stale.xml'));
    expect(r.totalUpdated).toBe(0);
    expect(r.failures).toEqual([
      expect.objectContaining({
        locator: 'chg-3',
        code: 'stale_version',
        serverText: expect.stringContaining('is at version 2'),
      }),
    ]);
  });

  it('an update of a missing feature is only a zero count', () => {
    expect(decode(recorded('transaction-update-missing.xml'))).toEqual({
      totalInserted: 0,
      totalUpdated: 0,
      totalDeleted: 0,
      inserted: [],
      failures: [],
    });
  });

  it('turns an exception report into a server_exception with the OGC code', () => {
    expect(() => decode(recorded('transaction-read-only.xml'), 403)).toThrow(
      expect.objectContaining({
        code: 'server_exception',
        detail: expect.objectContaining({ status: 403, exceptionCode: 'Security' }),
      }),
    );
    // WFS 1.1 / GeoServer style, naming the failing action; the kit's refusal is recognised in it.
    expect(() =>
      decode(`<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.0.0">
        <ows:Exception exceptionCode="InvalidParameterValue" locator="chg-9">
          <ows:ExceptionText>Error performing update: ERROR: roadgis_stale_version: roads 3 is at version 5</ows:ExceptionText>
        </ows:Exception></ows:ExceptionReport>`),
    ).toThrow(
      expect.objectContaining({
        code: 'stale_version',
        detail: expect.objectContaining({ locator: 'chg-9' }),
      }),
    );
  });

  it('refuses answers cut short or of the wrong kind', () => {
    const full = recorded('transaction-mixed.xml');
    expect(() => decode(full.slice(0, full.length / 2))).toThrow(
      expect.objectContaining({ code: 'malformed_answer' }),
    );
    expect(() => decode(recorded('capabilities.xml'))).toThrow(
      expect.objectContaining({ code: 'malformed_answer' }),
    );
    expect(() => decode('<TransactionResponse xmlns="http://www.opengis.net/wfs"/>')).toThrow(
      expect.objectContaining({ detail: expect.objectContaining({ reason: 'no_summary' }) }),
    );
    expect(() =>
      decode(
        '<TransactionResponse xmlns="http://www.opengis.net/wfs"><TransactionSummary><totalInserted>x</totalInserted></TransactionSummary></TransactionResponse>',
      ),
    ).toThrow(expect.objectContaining({ detail: expect.objectContaining({ reason: 'bad_totalInserted' }) }));
  });
});
