// The whole API the renderer (or any host client) can call: one table of `<area>.<verb>` methods with input
// and output schemas. Types are inferred from the schemas; `dispatch` validates every input against them.
import { z } from 'zod';
import { LAYER_NAMES } from '../domain/assets/layers';
import { assetGeometrySchema, bboxSchema } from './geojson-schemas';

export const layerSchema = z.enum(LAYER_NAMES as ['roads', 'bridges', 'culverts']);
const uidSchema = z.uuid({ message: 'uid must be a UUID' });
const attributeValue = z.union([z.string(), z.number(), z.null()]);
const propertiesSchema = z.record(z.string(), attributeValue);

export const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: assetGeometrySchema.nullable(),
  properties: propertiesSchema,
});
export type Feature = z.infer<typeof featureSchema>;

const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

const layerInfoSchema = z.object({
  name: layerSchema,
  count: z.number().int(),
  extent: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
});

const historyStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

const historyEntrySchema = z.object({
  seq: z.number().int(),
  txId: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  kind: z.string(),
  author: z.string(),
  time: z.string(),
  /** Fields whose values differ, old → new. */
  changes: z.array(z.object({ field: z.string(), before: attributeValue, after: attributeValue })),
  geometryChanged: z.boolean(),
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

const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(p), { message: 'must be an absolute path' });

const rejectedRowSchema = z.object({
  file: z.string(),
  row: z.number().int(),
  field: z.string(),
  reason: z.string(),
  /** Problem code and values, so a UI can say the reason in its own language. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** How the file was read (guessed encoding, assumed CRS…), as code and values for a UI's own language. */
const noticeSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const importInputSchema = z.strictObject({
  path: absolutePath,
  layer: layerSchema,
  crs: z.string().optional(),
  encoding: z.enum(['utf-8', 'windows-1258', 'windows-1252', 'tcvn3', 'vni']).optional(),
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

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({
  input,
  output,
  summary,
});

const empty = z.strictObject({});

export const API = {
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
  'history.state': method(empty, historyStateSchema, 'What undo and redo would do now.'),
  'history.undo': method(empty, historyStateSchema, 'Undo the last edit.'),
  'history.redo': method(empty, historyStateSchema, 'Redo the last undone edit.'),
  'history.feature': method(
    z.strictObject({ layer: layerSchema, uid: uidSchema }),
    z.array(historyEntrySchema),
    'Who changed a feature, when, old → new.',
  ),
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
      format: z.enum(['shp', 'gpkg', 'geojson', 'kml', 'csv', 'xlsx']),
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
  'host.capabilities': method(
    empty,
    z.object({ fileDialog: z.boolean() }),
    'What the host offers beyond the API: a native file dialog (desktop only).',
  ),
  'host.chooseFile': method(
    z.strictObject({
      mode: z.enum(['open', 'save']),
      title: z.string().min(1).max(200),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/u)).max(20),
      defaultName: z
        .string()
        .max(255)
        .regex(/^[^/\\\0]+$/u, 'a file name, not a path')
        .optional(),
    }),
    z.object({ path: z.string().nullable() }),
    'Show the desktop file dialog; the chosen absolute path, or null if cancelled.',
  ),
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
} as const;

export type Api = typeof API;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;
export type ApiHandlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> };

export const METHOD_NAMES = Object.keys(API) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(API, name);
}

/** Events the services emit and every host forwards to its clients. */
export interface ApiEvents {
  'project.changed': { seq: number; layers: Array<z.infer<typeof layerSchema>> };
  /** Progress of a long job started with a client-chosen jobId (imports: phase 'import' counts rows read and
   * written, then 'save' while the project file is written; exports: phase 'export' counts features read). */
  'job.progress': { jobId: string; phase: string; done: number; total: number };
}
export const EVENT_NAMES: readonly EventName[] = ['project.changed', 'job.progress'];
export type EventName = keyof ApiEvents;

/** What a client of any transport offers: call a method, listen to events. */
export interface RoadGisClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  onEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}
