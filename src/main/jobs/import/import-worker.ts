// Worker thread entry for the import job (built to dist/*/import-worker.*; see job-runner.ts).
import { serveJob } from '../worker-side';
import { runImportJob } from './import-job';

serveJob(runImportJob);
