// The import wizard's preview as a job: the whole file is read and every row prepared (so the counts and the
// rejected rows are exact), but only a summary travels back — a 100k-road preview held 800 MB and paused the
// thread that answers the API for half a second at a time.
import type { Attributes } from '../../../domain/assets/attributes';
import type { ProjectArea } from '../../../domain/assets/import-geometry';
import type { Notice } from '../../../domain/assets/interchange-notices';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { SourceField } from '../../io/records';
import type { JobPort } from '../job-channel';
import type { ImportOptions, RejectedRow } from './prepare-import';
import { prepareImport } from './prepare-import';

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
  const p = await prepareImport(input.options as ImportOptions, input.area);
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
  await port.post({
    type: 'preview',
    summary: {
      file: p.source.file,
      sourceLayer: p.source.layer,
      crs: p.crs,
      encoding: p.source.encoding ?? null,
      notices: [...p.source.warnings, ...p.notes.slice(0, 50)],
      fields: p.source.fields.map((f) => ({ name: f.name, type: f.type, samples: samples.get(f.name)! })),
      mapping: p.mapping,
      total: p.source.records.length,
      valid: p.features.length,
      rejected: p.rejected.slice(0, 1000),
      sample: p.features.slice(0, 200).map((f) => ({ geometry: f.geometry, attributes: f.attributes })),
    },
  });
}
