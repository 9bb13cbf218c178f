// The interchange API: preview, import (with progress + cancel by job id), export, open data.
import type { ApiHandlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import { toApiFeature } from './feature-conversion';
import type { HostPorts } from './host-ports';
import { exportLayer, exportOpenData } from './interchange-export';
import type { PreviewJobInput, PreviewJobMessage, PreviewSummary } from '../jobs/import/preview-job';
import { runPreviewJob } from '../jobs/import/preview-job';
import { runInline, runInWorker } from '../jobs/job-runner';
import { inWorker, projectArea, runImport } from './interchange-import';
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
      const jobInput = { options: input, area: projectArea(store) };
      const job = inWorker(ports, input.path)
        ? runInWorker<PreviewJobInput, PreviewJobMessage>('preview', jobInput)
        : runInline(runPreviewJob, jobInput);
      let summary: PreviewSummary | null = null;
      try {
        for await (const m of job.messages) {
          summary = m.summary;
          job.ack();
        }
      } finally {
        await job.cancel();
      }
      if (!summary) throw new Error('the preview job ended without a summary');
      const { notices, sample, ...rest } = summary;
      return {
        ...rest,
        ...noticesOut(notices),
        sample: {
          type: 'FeatureCollection',
          features: sample.map((f, i) =>
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
