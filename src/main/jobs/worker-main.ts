// The one worker-thread entry (built to dist/*/jobs-worker.*; see job-runner.ts): runs the job workerData names.
import { workerData } from 'node:worker_threads';
import { runImportJob } from './import/import-job';
import { runPreviewJob } from './import/preview-job';
import { serveReprojection } from './reproject/reproject-serve';
import { serveJob } from './worker-side';

const { job } = workerData as { job: string };
if (job === 'import') serveJob(runImportJob);
else if (job === 'preview') serveJob(runPreviewJob);
else if (job === 'reproject') serveReprojection();
else throw new Error(`no job called ${job}`);
