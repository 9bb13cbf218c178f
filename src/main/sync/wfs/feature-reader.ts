// Reading many features page by page. Changes are read by keyset on the change sequence ("greater than the
// last one seen", sorted ascending) rather than by startIndex: a feature edited while the pages are read
// moves to the end instead of shifting every later page and being skipped. Whole layers page by startIndex,
// sorted on a stable key.
import type { BBox } from '../../../domain/geometry/geojson';
import type { TypeName } from './capabilities';
import type { WfsClient } from './client';
import { WfsError } from './errors';
import type { WfsFeature } from './feature';
import { changesSince } from './filters';
import type { FeatureQuery, PageFormat } from './get-feature';
import type { GmlReadOptions } from './gml-read';

export interface PageRequest {
  type: TypeName;
  outputFormat: string;
  format: PageFormat;
  srsName?: string;
  propertyNames?: readonly string[];
  pageSize: number;
  gml?: GmlReadOptions;
}

/**
 * Every feature matching `query`, `pageSize` at a time, sorted by `sortProperty`. The next page is asked for
 * before this one is parsed and handed out, so the server's work overlaps ours; after the last (short) page
 * one empty page has been asked for in vain.
 */
export async function* readPages(
  client: WfsClient,
  request: PageRequest & { sortProperty: string; filter?: FeatureQuery['filter'] },
): AsyncGenerator<WfsFeature[]> {
  const fetchAt = (start: number) => {
    const pending = client.fetchFeaturePage(
      {
        ...request,
        sortBy: { property: request.sortProperty },
        startIndex: start,
        maxFeatures: request.pageSize,
      },
      request.format,
      request.gml,
    );
    // A page asked for ahead and then not needed must not surface as an unhandled rejection.
    pending.catch(() => undefined);
    return pending;
  };
  let next = fetchAt(0);
  for (let start = 0; ; start += request.pageSize) {
    const parse = await next;
    next = fetchAt(start + request.pageSize);
    const page = parse();
    if (page.features.length > 0) yield page.features;
    if (page.features.length < request.pageSize) return;
  }
}

/** Features whose change sequence is above `watermark`, in sequence order, optionally within an area. */
export async function* readChanges(
  client: WfsClient,
  request: PageRequest & {
    sequenceProperty: string;
    watermark: number;
    area?: { geometryName: string; bbox: BBox };
    road?: { property: string; code: string };
  },
): AsyncGenerator<WfsFeature[]> {
  let last = request.watermark;
  for (;;) {
    const filter = changesSince({ ...request, watermark: last });
    const page = await client.getFeaturePage(
      { ...request, filter, sortBy: { property: request.sequenceProperty }, maxFeatures: request.pageSize },
      request.format,
      request.gml,
    );
    if (page.features.length === 0) return;
    for (const f of page.features) {
      const seq = f.properties[request.sequenceProperty];
      if (typeof seq !== 'number' || seq <= last) {
        throw new WfsError('malformed_answer', {
          operation: 'GetFeature',
          reason: 'change_sequence_not_increasing',
        });
      }
      last = seq;
    }
    yield page.features;
    if (page.features.length < request.pageSize) return;
  }
}

/** The server's features with these uids (to find an insert whose answer was lost), a chunk at a time. */
export async function lookupByUids(
  client: WfsClient,
  request: Omit<PageRequest, 'pageSize'> & {
    uidProperty: string;
    uids: readonly string[];
    chunkSize?: number;
  },
): Promise<WfsFeature[]> {
  const out: WfsFeature[] = [];
  const size = request.chunkSize ?? 50;
  for (let i = 0; i < request.uids.length; i += size) {
    const values = request.uids.slice(i, i + size);
    const page = await client.getFeaturePage(
      { ...request, filter: { op: 'anyOf', property: request.uidProperty, values } },
      request.format,
      request.gml,
    );
    out.push(...page.features);
  }
  return out;
}
