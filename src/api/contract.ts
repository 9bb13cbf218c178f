// The whole API the renderer (or any host client) can call: one table of `<area>.<verb>` methods with input
// and output schemas, assembled from one file per area (methods/). Types are inferred from the schemas;
// `dispatch` validates every input against them.
import type { z } from 'zod';
import { CRS_METHODS } from './methods/crs';
import { FEATURES_METHODS } from './methods/features';
import { HISTORY_METHODS } from './methods/history';
import { HOST_METHODS } from './methods/host';
import { INTERCHANGE_METHODS } from './methods/interchange';
import { PROJECT_METHODS } from './methods/project';
import type { layerSchema } from './schemas';

export type { Feature } from './schemas';
export { featureSchema, layerSchema } from './schemas';

export const API = {
  ...PROJECT_METHODS,
  ...FEATURES_METHODS,
  ...HISTORY_METHODS,
  ...INTERCHANGE_METHODS,
  ...HOST_METHODS,
  ...CRS_METHODS,
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
