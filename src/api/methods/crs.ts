// The coordinate reference systems RoadGIS knows, and transforming positions between them.
import { z } from 'zod';
import { empty, method } from '../schemas';

export const CRS_METHODS = {
  'crs.list': method(
    empty,
    z.array(z.object({ code: z.string(), name: z.string(), label: z.string(), kind: z.string() })),
    'Coordinate reference systems RoadGIS knows.',
  ),
  'crs.transform': method(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      positions: z.array(z.tuple([z.number().finite(), z.number().finite()])).max(100_000),
    }),
    z.array(z.tuple([z.number(), z.number()])),
    'Transform positions between two registry CRSs (VN-2000 shift pinned).',
  ),
};
