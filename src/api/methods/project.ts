// Project facts and the bundled basemap.
import { z } from 'zod';
import { layerSchema, empty, method } from '../schemas';

const layerInfoSchema = z.object({
  name: layerSchema,
  count: z.number().int(),
  extent: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
});

const basemapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()),
      geometry: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const PROJECT_METHODS = {
  'project.info': method(
    empty,
    z.object({
      path: z.string(),
      name: z.string(),
      province: z.string(),
      workingCrs: z.string(),
      lastSeq: z.number().int(),
      layers: z.array(layerInfoSchema),
    }),
    'Project name, province, working CRS and the layers with counts and extents.',
  ),
  'project.basemap': method(
    empty,
    basemapSchema,
    'The bundled offline basemap (province boundary, towns) as GeoJSON.',
  ),
};
