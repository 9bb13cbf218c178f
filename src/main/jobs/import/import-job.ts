// The import job: reads the file, prepares every row (prepare-import.ts), completes each feature's stored
// attributes (who, when, length or chainage) and posts them in columnar batches for the store to write while
// the next batch is prepared. Rejected rows are collected for the report; once one is found and skipping was
// not asked for, nothing more is posted (the import will not land) but the rest is still checked.
import type { Attributes } from '../../../domain/assets/attributes';
import type { ProjectArea } from '../../../domain/assets/import-geometry';
import type { Notice } from '../../../domain/assets/interchange-notices';
import type { ComputeContext } from '../../../domain/assets/computed-fields';
import { computedFields } from '../../../domain/assets/computed-fields';
import type { RouteFeature } from '../../../domain/location/route-measure';
import type { FeatureBatch } from '../../geopackage/feature-batch';
import { batchTransferables, FeatureBatchBuilder } from '../../geopackage/feature-batch';
import { WGS84_SRS_ID } from '../../../domain/geometry/geojson';
import type { JobPort } from '../job-channel';
import type { ImportOptions, PreparedFeature, RejectedRow, RowSink } from './prepare-import';
import { planImport, prepareRecord, readImportSource } from './prepare-import';

export interface ImportJobInput {
  options: Omit<ImportOptions, 'jobId' | 'reportPath'>;
  area: ProjectArea | undefined;
  workingCrs: string;
  /** The layer table's columns other than uid, in the order batches carry them. */
  columns: string[];
  now: string;
  author: string;
  /** The project's roads that carry a code, for the chainage of imported bridges and culverts. */
  roads: RouteFeature[];
  batchSize: number;
}

export type ImportJobMessage =
  | {
      type: 'started';
      file: string;
      crs: string;
      mapping: Record<string, string | null>;
      total: number;
      warnings: Notice[];
    }
  | { type: 'progress'; done: number; total: number; batch: FeatureBatch | null }
  | { type: 'finished'; rejected: RejectedRow[]; notes: Notice[] };

export async function runImportJob(input: ImportJobInput, port: JobPort<ImportJobMessage>): Promise<void> {
  const { options, workingCrs, now, author, roads } = input;
  const source = await readImportSource(options as ImportOptions);
  const plan = planImport(source, options as ImportOptions, input.area);
  const total = source.records.length;
  await port.post({
    type: 'started',
    file: source.file,
    crs: plan.crs,
    mapping: plan.mapping,
    total,
    warnings: source.warnings,
  });
  const rejected: RejectedRow[] = [];
  const notes: Notice[] = [];
  const builder = new FeatureBatchBuilder(input.columns, WGS84_SRS_ID);
  const measureInSource = plan.crs === workingCrs;
  const stamp = { created_at: now, created_by: author, updated_at: now, updated_by: author };
  const byRoute = new Map<string, RouteFeature[]>();
  for (const road of roads) {
    const code = road.properties.road_code;
    if (typeof code !== 'string') continue;
    const list = byRoute.get(code);
    if (list) list.push(road);
    else byRoute.set(code, [road]);
  }
  const ctx: ComputeContext = { workingCrs, routeCandidates: (code) => byRoute.get(code) ?? [] };
  // What the project adds to a prepared feature's attributes: who and when, and its length or chainage.
  const computed = (f: PreparedFeature): Attributes => ({
    ...stamp,
    ...computedFields(
      {
        layer: options.layer,
        attributes: f.attributes,
        geometry: f.geometry,
        explicitChainage: f.attributes.chainage_m !== undefined && f.attributes.chainage_m !== null,
        workingLine:
          measureInSource && f.sourceGeometry?.type === 'LineString' ? f.sourceGeometry.coordinates : null,
      },
      ctx,
    ),
  });
  const sink: RowSink = {
    feature: (f) => {
      if (rejected.length && !options.skipInvalid) return; // will not land: only keep checking
      const uid = f.attributes.uid;
      builder.add(f.row, f.geometry, f.attributes, computed(f), typeof uid === 'string' ? uid : undefined);
    },
    reject: (r) => rejected.push(r),
    note: (n) => notes.push(n),
  };
  const flush = async (done: number) => {
    const batch = builder.count ? builder.take() : null;
    await port.post({ type: 'progress', done, total, batch }, batch ? batchTransferables(batch) : []);
  };
  for (let i = 0; i < total; i++) {
    prepareRecord(plan, source.records[i]!, sink);
    if (builder.count >= input.batchSize || (i + 1) % input.batchSize === 0) await flush(i + 1);
  }
  await flush(total);
  await port.post({ type: 'finished', rejected, notes });
}
