// Schemas several areas of the contract share: layers, uids, attribute values, features, paths, coded texts.
import { z } from 'zod';
import { LAYER_NAMES } from '../domain/assets/layers';
import { assetGeometrySchema } from './geojson-schemas';

export const layerSchema = z.enum(LAYER_NAMES as ['roads', 'bridges', 'culverts']);
export const uidSchema = z.uuid({ message: 'uid must be a UUID' });
export const attributeValue = z.union([z.string(), z.number(), z.null()]);
export const propertiesSchema = z.record(z.string(), attributeValue);

export const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: assetGeometrySchema.nullable(),
  properties: propertiesSchema,
});
export type Feature = z.infer<typeof featureSchema>;

export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

export const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(p), { message: 'must be an absolute path' });

export const textParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A message as a code and values, so a UI can say it in its own language, and the English sentence. */
export const codedTextSchema = z.object({ code: z.string(), params: textParamsSchema, text: z.string() });

/** How a file was read (guessed encoding, assumed CRS…), as code and values for a UI's own language. */
export const noticeSchema = z.object({ code: z.string(), params: textParamsSchema });

export const empty = z.strictObject({});

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({
  input,
  output,
  summary,
});
