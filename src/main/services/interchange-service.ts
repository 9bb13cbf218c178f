// The interchange API: preview, import (with progress + cancel by job id), export, open data.
import type { ApiHandlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import { toApiFeature } from './feature-conversion';
import type { HostPorts } from './host-ports';
import { exportLayer, exportOpenData } from './interchange-export';
import type { PreviewSummary } from '../jobs/import/preview-job';
import { runPreviewJob } from '../jobs/import/preview-job';
import { runJob } from '../jobs/job-runner';
import { projectArea } from './feature-rules';
import { inWorker, runImport } from './interchange-import';
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
  // A cancel can overtake the call it cancels (the dialog's close button right after "Export"): remembered
  // for a while, so the job stops as soon as it starts.
  const cancelledEarly = new Set<string>();
  /** Runs a job the client may follow and cancel by its jobId (one job per id at a time). */
  const tracked = async <T>(jobId: string | undefined, work: (cancelled: () => boolean) => Promise<T>) => {
    const job = { cancelled: jobId ? cancelledEarly.delete(jobId) : false };
    if (jobId) {
      if (running.has(jobId)) throw new ApiError('CONFLICT', `job ${jobId} is already running`);
      running.set(jobId, job);
    }
    try {
      return await work(() => job.cancelled);
    } finally {
      if (jobId) running.delete(jobId);
    }
  };
  return {
    async 'interchange.preview'(input) {
      const jobInput = { options: input, area: projectArea(store) };
      const job = runJob('preview', runPreviewJob, jobInput, inWorker(ports, input.path));
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
    'interchange.import': (input) =>
      tracked(input.jobId, (cancelled) => runImport(store, ports, events, input, cancelled)),
    'interchange.export': (input) =>
      tracked(input.jobId, async (cancelled) => {
        const total = store.read.count(input.layer);
        const progress = (done: number) =>
          input.jobId && events.emit('job.progress', { jobId: input.jobId, phase: 'export', done, total });
        const r = await exportLayer(store, ports, input, { read: progress, cancelled });
        progress(total);
        return r;
      }),
    'interchange.openData': ({ dir }) => exportOpenData(store, dir),
    async 'jobs.cancel'({ jobId }) {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      else {
        cancelledEarly.add(jobId);
        if (cancelledEarly.size > 100) cancelledEarly.delete(cancelledEarly.values().next().value!);
      }
      return { cancelled: Boolean(job) };
    },
  };
}
