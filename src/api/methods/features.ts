// Reading and editing features.
import { z } from 'zod';
import { assetGeometrySchema, bboxSchema } from '../geojson-schemas';
import {
  featureCollectionSchema,
  featureSchema,
  layerSchema,
  method,
  propertiesSchema,
  uidSchema,
} from '../schemas';

export const FEATURES_METHODS = {
  'features.list': method(
    z.strictObject({ layer: layerSchema, bbox: bboxSchema.optional() }),
    featureCollectionSchema,
    'Features of a layer, optionally those whose box meets bbox (EPSG:4326).',
  ),
  'features.get': method(
    z.strictObject({ layer: layerSchema, uid: uidSchema }),
    featureSchema,
    'One feature by uid.',
  ),
  'features.create': method(
    z.strictObject({
      layer: layerSchema,
      geometry: assetGeometrySchema,
      properties: propertiesSchema.default({}),
    }),
    featureSchema,
    'Digitise a new feature; returns it with its uid and computed fields.',
  ),
  'features.update': method(
    z.strictObject({
      layer: layerSchema,
      uid: uidSchema,
      geometry: assetGeometrySchema.optional(),
      properties: propertiesSchema.optional(),
    }),
    featureSchema,
    'Change attributes and/or geometry of a feature.',
  ),
  'features.delete': method(
    z.strictObject({ layer: layerSchema, uid: uidSchema }),
    z.object({ uid: z.string() }),
    'Delete a feature (undoable).',
  ),
};
