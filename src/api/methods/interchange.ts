// Import and export of files, open data, and the jobs that run them.
import { z } from 'zod';
import { EXPORT_FORMATS, TEXT_ENCODINGS } from '../../domain/assets/interchange-formats';
import { bboxSchema } from '../geojson-schemas';
import {
  absolutePath,
  attributeValue,
  featureSchema,
  layerSchema,
  method,
  noticeSchema,
  textParamsSchema,
  uidSchema,
} from '../schemas';

const rejectedRowSchema = z.object({
  file: z.string(),
  row: z.number().int(),
  field: z.string(),
  reason: z.string(),
  /** Problem code and values, so a UI can say the reason in its own language. */
  code: z.string(),
  params: textParamsSchema,
});

const importInputSchema = z.strictObject({
  path: absolutePath,
  layer: layerSchema,
  crs: z.string().optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  sourceLayer: z.string().max(200).optional(),
  mapping: z.record(z.string(), z.string().nullable()).optional(),
});

const exportResultSchema = z.object({
  files: z.array(z.string()),
  count: z.number().int(),
  crs: z.string(),
  warnings: z.array(z.string()),
  notices: z.array(noticeSchema),
});

export const INTERCHANGE_METHODS = {
  'interchange.preview': method(
    importInputSchema,
    z.object({
      file: z.string(),
      sourceLayer: z.string(),
      crs: z.string(),
      encoding: z.string().nullable(),
      /** English sentences; `notices` holds the same, in order, as codes and values. */
      warnings: z.array(z.string()),
      notices: z.array(noticeSchema),
      fields: z.array(z.object({ name: z.string(), type: z.string(), samples: z.array(attributeValue) })),
      mapping: z.record(z.string(), z.string().nullable()),
      total: z.number().int(),
      valid: z.number().int(),
      rejected: z.array(rejectedRowSchema),
      sample: z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) }),
    }),
    'Read a file without importing: detected CRS and encoding, text samples, suggested field mapping, the rows that would be rejected, and the first features (WGS 84) for the map.',
  ),
  'interchange.import': method(
    importInputSchema.extend({
      skipInvalid: z.boolean().default(false),
      jobId: z.uuid().optional(),
      reportPath: absolutePath.optional(),
    }),
    z.object({
      imported: z.number().int(),
      rejected: z.array(rejectedRowSchema),
      warnings: z.array(z.string()),
      notices: z.array(noticeSchema),
      crs: z.string(),
      mapping: z.record(z.string(), z.string().nullable()),
    }),
    'Import a file into a layer as one undoable change; all rows or none unless skipInvalid.',
  ),
  'interchange.export': method(
    z.strictObject({
      layer: layerSchema,
      format: z.enum(EXPORT_FORMATS),
      path: absolutePath,
      crs: z.string().optional(),
      bbox: bboxSchema.optional(),
      uids: z.array(uidSchema).max(1_000_000).optional(),
      where: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      overwrite: z.boolean().default(false),
      lang: z.enum(['vi', 'en']).default('vi'),
      /** Chosen by the client to follow job.progress events and to cancel (jobs.cancel). */
      jobId: z.uuid().optional(),
    }),
    exportResultSchema,
    'Write a layer (all, filtered by bbox/where, or the selected uids) to a file in any registry CRS.',
  ),
  'interchange.openData': method(
    z.strictObject({ dir: absolutePath }),
    exportResultSchema,
    'Write the public layers as GeoPackage + GeoJSON with metadata.json (no personal fields).',
  ),
  'jobs.cancel': method(
    z.strictObject({ jobId: z.uuid() }),
    z.object({ cancelled: z.boolean() }),
    'Ask a running import to stop; nothing lands.',
  ),
};
