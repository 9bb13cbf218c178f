// Import (issue 3), the service's half: starts the import job (jobs/import) — in a worker thread for files big
// enough to be worth one — and lands the batches it posts in one store transaction as they arrive, so reading
// and preparing overlap with writing. Lands whole (undoes as one step, reaches the server through the change
// log) or, when a row is rejected and skipping was not asked for, not at all, with the report (file, row,
// field, reason).
import fs from 'node:fs';
import type { ProjectArea } from '../../domain/assets/import-geometry';
import { failure } from '../../domain/assets/interchange-failures';
import type { Notice } from '../../domain/assets/interchange-notices';
import { LAYERS } from '../../domain/assets/layers';
import { findCrs } from '../../domain/location/crs';
import { fail, noticesOut } from '../io/interchange-messages';
import type { ImportJobInput, ImportJobMessage } from '../jobs/import/import-job';
import { runImportJob } from '../jobs/import/import-job';
import type { ImportOptions, RejectedRow } from '../jobs/import/prepare-import';
import { rejectedCsv } from '../jobs/import/prepare-import';
import type { JobHandle } from '../jobs/job-runner';
import { runJob } from '../jobs/job-runner';
import { tableColumns } from '../store/change-log';
import type { ProjectStore } from '../store/project-store';
import { listFeatures } from '../store/queries';
import type { ServiceEvents } from './events';
import type { HostPorts } from './host-ports';

export type { ImportOptions, RejectedRow } from '../jobs/import/prepare-import';

/** Rows per batch: big enough that per-batch costs vanish, small enough for smooth progress and cancel. */
const BATCH_ROWS = 2000;

/** Files at least this big are imported in a worker thread (starting one costs ~50 ms bundled). */
const WORKER_MIN_BYTES = 1 << 20;

/** The project's working zone: imports far outside it are almost surely in the wrong CRS. */
export function projectArea(store: ProjectStore): ProjectArea | undefined {
  const crs = findCrs(store.meta('working_crs') ?? '');
  return crs?.centralMeridian !== undefined
    ? { centralMeridian: crs.centralMeridian, maxDegrees: 3 }
    : undefined;
}

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
    workingCrs: store.meta('working_crs') ?? 'EPSG:4326',
    columns: tableColumns(store.db, opts.layer).filter((c) => c !== 'uid'),
    now: ports.now(),
    author,
    roads: opts.layer === 'roads' ? [] : listFeatures(store.db, 'roads'),
    batchSize: BATCH_ROWS,
  };
  const job: JobHandle<ImportJobMessage> = runJob('import', runImportJob, input, inWorker(ports, opts.path));
  let started: Extract<ImportJobMessage, { type: 'started' }> | null = null;
  let rejected: RejectedRow[] = [];
  let notes: Notice[] = [];
  const landed = await store
    .importBatches(
      {
        label: (n) => `Nhập ${n} ${LAYERS[opts.layer].vi.toLowerCase()} từ ${started?.file ?? opts.path}`,
        author,
        layer: opts.layer,
      },
      async (write) => {
        for await (const m of job.messages) {
          if (cancelled()) {
            await job.cancel();
            throw fail('CONFLICT', failure('cancelled'));
          }
          if (m.type === 'started') {
            started = m;
            report('import', 0, m.total);
          } else if (m.type === 'progress') {
            if (m.batch) write(m.batch);
            report('import', m.done, m.total);
          } else {
            rejected = m.rejected;
            notes = m.notes;
            // Every row is written by now; what remains is saving the project file.
            report('save', started?.total ?? 0, started?.total ?? 0);
          }
          job.ack();
        }
        if (opts.reportPath && rejected.length) fs.writeFileSync(opts.reportPath, rejectedCsv(rejected));
        if (rejected.length && !opts.skipInvalid) {
          throw fail(
            'INVALID_INPUT',
            failure('rows_rejected', { count: rejected.length, file: started?.file ?? opts.path }),
            rejected.slice(0, 200).map((r) => ({ path: `${r.file}:${r.row}:${r.field}`, message: r.reason })),
          );
        }
      },
    )
    .finally(() => void job.cancel());
  const s = started as Extract<ImportJobMessage, { type: 'started' }> | null;
  if (!s) throw new Error('the import job ended before reading its file');
  if (landed.count) events.emit('project.changed', { seq: landed.seq, layers: [opts.layer] });
  return {
    imported: landed.count,
    rejected,
    ...noticesOut([...s.warnings, ...notes]),
    crs: s.crs,
    mapping: s.mapping,
  };
}
