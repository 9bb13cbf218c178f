// Import (issue 3), the service's half: starts the import job (jobs/import) — in a worker thread for files big
// enough to be worth one — and lands the batches it posts in one store transaction as they arrive, so reading
// and preparing overlap with writing. Lands whole (undoes as one step, reaches the server through the change
// log) or, when a row is rejected and skipping was not asked for, not at all, with the report (file, row,
// field, reason).
import fs from 'node:fs';
import { failure } from '../../domain/assets/interchange-failures';
import type { Notice } from '../../domain/assets/interchange-notices';
import type { FeatureBatch } from '../geopackage/feature-batch';
import { fail, noticesOut } from '../io/interchange-messages';
import type { ImportJobInput, ImportJobMessage } from '../jobs/import/import-job';
import { runImportJob } from '../jobs/import/import-job';
import type { ImportOptions, RejectedRow } from '../jobs/import/prepare-import';
import { rejectedCsv } from '../jobs/import/prepare-import';
import type { JobHandle } from '../jobs/job-runner';
import { runJob } from '../jobs/job-runner';
import type { ProjectStore } from '../store/project-store';
import type { ServiceEvents } from './events';
import { projectArea, workingCrsOf } from './feature-rules';
import type { HostPorts } from './host-ports';

export type { ImportOptions, RejectedRow } from '../jobs/import/prepare-import';

/** Rows per batch: big enough that per-batch costs vanish, small enough for smooth progress and cancel. */
const BATCH_ROWS = 2000;

/** Files at least this big are imported in a worker thread (starting one costs ~50 ms bundled). */
const WORKER_MIN_BYTES = 1 << 20;

/** Whether a job on `file` is worth a worker thread (HostPorts.workerJobs decides when it is not 'auto'). */
export function inWorker(ports: HostPorts, file: string): boolean {
  const mode = ports.workerJobs ?? 'auto';
  if (mode !== 'auto') return mode === 'always';
  try {
    return fs.statSync(file).size >= WORKER_MIN_BYTES;
  } catch {
    return false; // the job reports the missing file in its own words
  }
}

type Started = Extract<ImportJobMessage, { type: 'started' }>;

/** What the job said besides its batches, filled in as its messages arrive. */
interface JobOutcome {
  started: Started | null;
  rejected: RejectedRow[];
  notes: Notice[];
}

/**
 * The job's batches, in order, as the store pulls them. Ends by refusing the import (nothing lands) when a row
 * was rejected and skipping was not asked for, or when the person cancelled.
 */
async function* jobBatches(
  job: JobHandle<ImportJobMessage>,
  opts: ImportOptions,
  outcome: JobOutcome,
  report: (phase: string, done: number, total: number) => void,
  cancelled: () => boolean,
): AsyncGenerator<FeatureBatch> {
  for await (const m of job.messages) {
    if (cancelled()) {
      await job.cancel();
      throw fail('cancelled', failure('cancelled'));
    }
    if (m.type === 'started') {
      outcome.started = m;
      report('import', 0, m.total);
    } else if (m.type === 'progress') {
      report('import', m.done, m.total);
      job.ack();
      if (m.batch) yield m.batch;
      continue;
    } else {
      outcome.rejected = m.rejected;
      outcome.notes = m.notes;
      // Every row is written by now; what remains is saving the project file.
      report('save', outcome.started?.total ?? 0, outcome.started?.total ?? 0);
    }
    job.ack();
  }
  const file = outcome.started?.file ?? opts.path;
  if (opts.reportPath && outcome.rejected.length)
    fs.writeFileSync(opts.reportPath, rejectedCsv(outcome.rejected));
  if (outcome.rejected.length && !opts.skipInvalid) {
    throw fail(
      'invalid_input',
      failure('rows_rejected', { count: outcome.rejected.length, file }),
      outcome.rejected
        .slice(0, 200)
        .map((r) => ({ path: `${r.file}:${r.row}:${r.field}`, message: r.reason })),
    );
  }
}

export async function runImport(
  store: ProjectStore,
  ports: HostPorts,
  events: ServiceEvents,
  opts: ImportOptions,
  cancelled: () => boolean,
) {
  const report = (phase: string, done: number, total: number) =>
    opts.jobId && events.emit('job.progress', { jobId: opts.jobId, phase, done, total });
  const { jobId: _jobId, reportPath: _reportPath, ...options } = opts;
  const author = ports.author();
  const input: ImportJobInput = {
    options,
    area: projectArea(store),
    workingCrs: workingCrsOf(store),
    columns: store.read.columns(opts.layer).filter((c) => c !== 'uid'),
    now: ports.now(),
    author,
    // Chainage needs the roads of the routes named; roads without a code can never be one.
    roads:
      opts.layer === 'roads'
        ? []
        : store.read.features('roads').filter((r) => typeof r.properties.road_code === 'string'),
    batchSize: BATCH_ROWS,
  };
  const job: JobHandle<ImportJobMessage> = runJob('import', runImportJob, input, inWorker(ports, opts.path));
  const outcome: JobOutcome = { started: null, rejected: [], notes: [] };
  const landed = await store
    .importBatches(
      {
        action: (count) => ({
          code: 'import',
          params: { count, layer: opts.layer, file: outcome.started?.file ?? opts.path },
        }),
        author,
        layer: opts.layer,
      },
      jobBatches(job, opts, outcome, report, cancelled),
    )
    .finally(() => void job.cancel());
  const s = outcome.started;
  if (!s) throw new Error('the import job ended before reading its file');
  if (landed.count) events.emit('project.changed', { seq: landed.seq, layers: [opts.layer] });
  return {
    imported: landed.count,
    rejected: outcome.rejected,
    ...noticesOut([...s.warnings, ...outcome.notes]),
    crs: s.crs,
    mapping: s.mapping,
  };
}
