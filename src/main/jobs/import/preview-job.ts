// The import wizard's preview as a job: the whole file is read and every row prepared (so the counts and the
// rejected rows are exact), but only a summary is kept and travels back — a 100k-road preview held 800 MB and paused the
// thread that answers the API for half a second at a time.
import type { Attributes } from '../../../domain/assets/attributes';
import type { ProjectArea } from '../../../domain/assets/import-geometry';
import type { Notice } from '../../../domain/assets/interchange-notices';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { SourceField } from '../../io/records';
import type { JobPort } from '../job-channel';
import type { ImportOptions, RejectedRow, RowSink } from './prepare-import';
import { planImport, prepareRecord, readImportSource } from './prepare-import';

export interface PreviewJobInput {
  options: Omit<ImportOptions, 'jobId' | 'reportPath'>;
  area: ProjectArea | undefined;
}

export interface PreviewSummary {
  file: string;
  sourceLayer: string;
  crs: string;
  encoding: string | null;
  /** How the file was read (first) and notes on rows (up to 50). */
  notices: Notice[];
  fields: Array<SourceField & { samples: Array<string | number> }>;
  mapping: Record<string, string | null>;
  total: number;
  valid: number;
  /** The first 1 000 rejected rows. */
  rejected: RejectedRow[];
  /** The first 200 prepared features, for the map. */
  sample: Array<{ geometry: Geometry; attributes: Attributes }>;
}

export type PreviewJobMessage = { type: 'preview'; summary: PreviewSummary };

export async function runPreviewJob(input: PreviewJobInput, port: JobPort<PreviewJobMessage>): Promise<void> {
  const options = input.options as ImportOptions;
  const source = await readImportSource(options);
  const plan = planImport(source, options, input.area);
  // Every row is prepared, but only what the wizard shows is kept: counts, and the first few of each kind.
  let valid = 0;
  const sample: PreviewSummary['sample'] = [];
  const rejected: RejectedRow[] = [];
  const notes: Notice[] = [];
  const sink: RowSink = {
    feature: (f) => {
      valid++;
      if (sample.length < 200) sample.push({ geometry: f.geometry, attributes: f.attributes });
    },
    reject: (r) => void (rejected.length < 1000 && rejected.push(r)),
    note: (n) => void (notes.length < 50 && notes.push(n)),
  };
  for (const [i, rec] of source.records.entries()) {
    if (i % 2000 === 0) await new Promise((r) => setImmediate(r)); // inline, the host keeps answering
    prepareRecord(plan, rec, sink);
  }
  // Up to 5 non-blank values per field from the first rows that have them (each row read once).
  const samples = new Map(source.fields.map((f) => [f.name, [] as Array<string | number>]));
  for (const r of source.records) {
    let open = false;
    const attributes = r.attributes;
    for (const [name, list] of samples) {
      const v = attributes[name];
      if (list.length < 5 && v !== null && v !== undefined && v !== '') list.push(v);
      open ||= list.length < 5;
    }
    if (!open) break;
  }
  await port.post({
    type: 'preview',
    summary: {
      file: source.file,
      sourceLayer: source.layer,
      crs: plan.crs,
      encoding: source.encoding ?? null,
      notices: [...source.warnings, ...notes],
      fields: source.fields.map((f) => ({ name: f.name, type: f.type, samples: samples.get(f.name)! })),
      mapping: plan.mapping,
      total: source.records.length,
      valid,
      rejected,
      sample,
    },
  });
}
