// The interchange API: preview, import (with progress + cancel by job id), export, open data.
import type { ApiHandlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import { toApiFeature } from './feature-conversion';
import type { HostPorts } from './host-ports';
import { exportLayer, exportOpenData } from './interchange-export';
import { prepareImport, projectArea, runImport } from './interchange-import';
import { noticesOut } from '../io/interchange-messages';

type Handlers = Pick<
  ApiHandlers,
  'interchange.preview' | 'interchange.import' | 'interchange.export' | 'interchange.openData' | 'jobs.cancel'
>;

export function createInterchangeService(
  store: ProjectStore,
  ports: HostPorts,
  events: ServiceEvents,
): Handlers {
  const running = new Map<string, { cancelled: boolean }>();
  return {
    async 'interchange.preview'(input) {
      const p = await prepareImport(input, projectArea(store));
      // Up to 5 non-blank values per field from the first rows that have them (each row read once).
      const samples = new Map(p.source.fields.map((f) => [f.name, [] as Array<string | number>]));
      for (const r of p.source.records) {
        let open = false;
        const attributes = r.attributes;
        for (const [name, list] of samples) {
          const v = attributes[name];
          if (list.length < 5 && v !== null && v !== undefined && v !== '') list.push(v);
          open ||= list.length < 5;
        }
        if (!open) break;
      }
      return {
        file: p.source.file,
        sourceLayer: p.source.layer,
        crs: p.crs,
        encoding: p.source.encoding ?? null,
        ...noticesOut([...p.source.warnings, ...p.notes.slice(0, 50)]),
        fields: p.source.fields.map((f) => ({ name: f.name, type: f.type, samples: samples.get(f.name)! })),
        mapping: p.mapping,
        total: p.source.records.length,
        valid: p.features.length,
        rejected: p.rejected.slice(0, 1000),
        sample: {
          type: 'FeatureCollection',
          features: p.features
            .slice(0, 200)
            .map((f, i) =>
              toApiFeature({ uid: `preview-${i + 1}`, geometry: f.geometry, properties: f.attributes }),
            ),
        },
      };
    },
    async 'interchange.import'(input) {
      const job = { cancelled: false };
      if (input.jobId) {
        if (running.has(input.jobId)) throw new ApiError('CONFLICT', `job ${input.jobId} is already running`);
        running.set(input.jobId, job);
      }
      try {
        return await runImport(store, ports, events, input, () => job.cancelled);
      } finally {
        if (input.jobId) running.delete(input.jobId);
      }
    },
    'interchange.export': (input) => exportLayer(store, ports, input),
    'interchange.openData': ({ dir }) => exportOpenData(store, dir),
    async 'jobs.cancel'({ jobId }) {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      return { cancelled: Boolean(job) };
    },
  };
}
