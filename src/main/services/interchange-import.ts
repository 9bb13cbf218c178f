// Import (issue 3): read any supported file, map its fields to a layer's attributes, convert and validate every
// row, and land the valid features in one change-log transaction (so they undo together and sync) — or, when a
// row is rejected and skipping was not asked for, land nothing and return the report (file, row, field, reason).
import fs from 'node:fs';
import { ApiError } from '../../api/errors';
import { failure } from '../../domain/assets/interchange-failures';
import type { Attributes } from '../../domain/assets/attributes';
import { AttributeRuleError, applyAttributeRules } from '../../domain/assets/attributes';
import { suggestMapping } from '../../domain/assets/field-matching';
import type { ProjectArea } from '../../domain/assets/import-geometry';
import { prepareGeometry } from '../../domain/assets/import-geometry';
import type { Notice } from '../../domain/assets/interchange-notices';
import { notice } from '../../domain/assets/interchange-notices';
import type { ImportProblem, ProblemCode, ProblemParams } from '../../domain/assets/import-problems';
import { problem } from '../../domain/assets/import-problems';
import type { LayerName } from '../../domain/assets/layers';
import { LAYERS } from '../../domain/assets/layers';
import { valueConverter } from '../../domain/assets/value-conversion';
import type { ChangeRecord, FeatureState } from '../../domain/changes/change';
import type { Geometry } from '../../domain/geometry/geojson';
import { mapPositions } from '../../domain/geometry/geojson';
import { findCrs } from '../../domain/location/crs';
import { converter } from '../../domain/location/transform';
import type { ReadOptions } from '../io/read-source';
import { readSource } from '../io/read-source';
import type { SourceData } from '../io/records';
import { InputError } from '../io/records';
import { tableColumns } from '../store/change-log';
import type { ProjectStore } from '../store/project-store';
import { listFeatures } from '../store/queries';
import { projectedLength, withComputedChainage } from './chainage';
import type { ServiceEvents } from './events';
import { fail, noticesOut } from './interchange-messages';
import type { HostPorts } from './host-ports';

export interface ImportOptions extends ReadOptions {
  path: string;
  layer: LayerName;
  /** source field → RoadGIS attribute ('' or null to leave a suggested field out). */
  mapping?: Record<string, string | null>;
  skipInvalid?: boolean;
  jobId?: string;
  reportPath?: string;
}

export interface RejectedRow {
  file: string;
  row: number;
  field: string;
  /** English sentence (CLI, API); code + params let a UI say it in its own language. */
  reason: string;
  code: ProblemCode;
  params: ProblemParams;
}

export interface PreparedImport {
  source: SourceData;
  crs: string;
  mapping: Record<string, string | null>;
  features: Array<{ row: number; geometry: Geometry; attributes: Attributes }>;
  rejected: RejectedRow[];
  notes: Notice[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/iu;

/** A reader's error: the English sentence names file, row and field; the detail carries them as values. */
function inputError(e: unknown): never {
  if (e instanceof InputError) {
    const where = {
      file: e.file,
      ...(e.row !== undefined ? { row: e.row } : {}),
      ...(e.field ? { field: e.field } : {}),
    };
    throw new ApiError(
      'INVALID_INPUT',
      e.message,
      [{ path: e.field ? `${e.file}:${e.row ?? ''}:${e.field}` : e.file, message: e.message }],
      { code: e.reason.code, params: { ...e.reason.params, ...where } },
    );
  }
  throw e;
}

export class Cancelled extends Error {}

export async function prepareImport(
  opts: ImportOptions,
  area: ProjectArea | undefined,
  progress: (done: number, total: number) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<PreparedImport> {
  const source = await readSource(opts.path, opts).catch(inputError);
  const crsCode = opts.crs ?? source.crs;
  if (!crsCode)
    throw fail('INVALID_INPUT', failure('crs_required', { file: source.file }), [
      { path: 'crs', message: 'required for this file' },
    ]);
  const crs = findCrs(crsCode);
  if (!crs)
    throw fail('INVALID_INPUT', failure('crs_unknown', { crs: crsCode }), [
      { path: 'crs', message: 'not in the CRS registry' },
    ]);
  const suggested = suggestMapping(
    opts.layer,
    source.fields.map((f) => f.name),
  );
  const mapping: Record<string, string | null> = { ...suggested };
  const fieldDefs = LAYERS[opts.layer].fields;
  for (const [src, target] of Object.entries(opts.mapping ?? {})) {
    if (!(src in mapping))
      throw fail(
        'INVALID_INPUT',
        failure('no_source_field', {
          file: source.file,
          field: src,
          fields: Object.keys(mapping).join(', '),
        }),
        [{ path: `mapping.${src}`, message: 'no such source field' }],
      );
    if (target && !fieldDefs.some((f) => f.name === target && !f.computed)) {
      throw fail(
        'INVALID_INPUT',
        failure('no_attribute', { layer: LAYERS[opts.layer].en, attribute: target }),
        [{ path: `mapping.${src}`, message: 'no such attribute' }],
      );
    }
    if (target) for (const k of Object.keys(mapping)) if (mapping[k] === target) mapping[k] = null;
    mapping[src] = target || null;
  }
  const targets = Object.entries(mapping).flatMap(([src, target]) => {
    const def = target ? fieldDefs.find((f) => f.name === target) : undefined;
    return def ? [{ src, target: def.name, def, convert: valueConverter(def) }] : [];
  });
  const toWgs84 = crs.code === 'EPSG:4326' ? null : converter(crs.code, 'EPSG:4326');
  const features: PreparedImport['features'] = [];
  const rejected: RejectedRow[] = [];
  const notes: Notice[] = [];
  const total = source.records.length;
  for (const [i, rec] of source.records.entries()) {
    if (i % 2000 === 0) {
      progress(i, total);
      await new Promise((r) => setImmediate(r));
      if (cancelled()) throw new Cancelled();
    }
    const reject = (field: string, p: ImportProblem) =>
      rejected.push({
        file: source.file,
        row: rec.row,
        field,
        reason: p.reason,
        code: p.code,
        params: p.params,
      });
    const geometry = rec.geometry && toWgs84 ? mapPositions(rec.geometry, toWgs84.forward) : rec.geometry;
    const prepared = prepareGeometry(opts.layer, geometry, area);
    if (!prepared.ok) {
      reject('(geometry)', prepared);
      continue;
    }
    if (prepared.note) {
      const { code, parts, lines } = prepared.note;
      notes.push(notice(code, { file: source.file, row: rec.row, parts, lines }));
    }
    let attrs: Attributes = {};
    let bad = false;
    for (const { src, target, def, convert } of targets) {
      const c = convert(rec.attributes[src]);
      if (!c.ok) {
        reject(src, c);
        bad = true;
      } else if (def.maxLength && typeof c.value === 'string' && c.value.length > def.maxLength) {
        reject(src, problem('too_long', { length: c.value.length, field: target, max: def.maxLength }));
        bad = true;
      } else attrs[target] = c.value;
    }
    if (bad) continue;
    try {
      attrs = applyAttributeRules(opts.layer, attrs);
    } catch (e) {
      if (!(e instanceof AttributeRuleError)) throw e;
      const src = Object.keys(mapping).find((k) => mapping[k] === e.field) ?? e.field;
      reject(src, problem('road_code', { value: String(attrs[e.field] ?? '') }));
      continue;
    }
    const uid = rec.attributes.uid;
    for (const [k, g] of prepared.geometries.entries()) {
      features.push({
        row: rec.row,
        geometry: g,
        attributes: k === 0 && typeof uid === 'string' && UUID.test(uid) ? { ...attrs, uid } : attrs,
      });
    }
  }
  progress(total, total);
  return { source, crs: crs.code, mapping, features, rejected, notes };
}

/** The project's working zone: imports far outside it are almost surely in the wrong CRS. */
export function projectArea(store: ProjectStore): ProjectArea | undefined {
  const crs = findCrs(store.meta('working_crs') ?? '');
  return crs?.centralMeridian !== undefined
    ? { centralMeridian: crs.centralMeridian, maxDegrees: 3 }
    : undefined;
}

export function rejectedCsv(rows: readonly RejectedRow[]): string {
  const cell = (v: string | number) =>
    /[",\n]/u.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  return `\uFEFFfile,row,field,reason\n${rows.map((r) => [r.file, r.row, r.field, r.reason].map(cell).join(',')).join('\n')}\n`;
}

export async function runImport(
  store: ProjectStore,
  ports: HostPorts,
  events: ServiceEvents,
  opts: ImportOptions,
  cancelled: () => boolean,
) {
  const report = (phase: string) => (done: number, total: number) =>
    opts.jobId && events.emit('job.progress', { jobId: opts.jobId, phase, done, total });
  let prepared: PreparedImport;
  try {
    prepared = await prepareImport(opts, projectArea(store), report('read'), cancelled);
  } catch (e) {
    if (e instanceof Cancelled) throw fail('CONFLICT', failure('cancelled'));
    throw e;
  }
  if (opts.reportPath && prepared.rejected.length)
    fs.writeFileSync(opts.reportPath, rejectedCsv(prepared.rejected));
  if (prepared.rejected.length && !opts.skipInvalid) {
    throw fail(
      'INVALID_INPUT',
      failure('rows_rejected', { count: prepared.rejected.length, file: prepared.source.file }),
      prepared.rejected
        .slice(0, 200)
        .map((r) => ({ path: `${r.file}:${r.row}:${r.field}`, message: r.reason })),
    );
  }
  const now = ports.now();
  const author = ports.author();
  const workingCrs = store.meta('working_crs') ?? 'EPSG:4326';
  const columns = tableColumns(store.db, opts.layer).filter((c) => c !== 'uid');
  const roads = opts.layer === 'roads' ? [] : listFeatures(store.db, 'roads');
  const taken = new Set(listFeatures(store.db, opts.layer).map((f) => f.uid));
  const changes: ChangeRecord[] = prepared.features.map((f) => {
    const { uid: sourceUid, ...attrs } = f.attributes;
    const uid = typeof sourceUid === 'string' && !taken.has(sourceUid) ? sourceUid : ports.newId();
    taken.add(uid);
    let full: Attributes = {
      ...attrs,
      created_at: now,
      created_by: author,
      updated_at: now,
      updated_by: author,
    };
    if (opts.layer === 'roads') full.length_m = projectedLength(f.geometry, workingCrs);
    else
      full = withComputedChainage(
        full,
        f.geometry,
        () => roads,
        workingCrs,
        full.chainage_m !== undefined && full.chainage_m !== null,
      );
    const properties: Attributes = {};
    for (const c of columns) properties[c] = full[c] ?? null;
    const after: FeatureState = { geometry: f.geometry, properties };
    return {
      changeId: ports.newId(),
      layer: opts.layer,
      uid,
      op: 'insert',
      before: null,
      after,
      baseVersion: null,
    };
  });
  if (cancelled()) throw fail('CONFLICT', failure('cancelled'));
  report('write')(0, changes.length);
  const tx = changes.length
    ? await store.commit({
        kind: 'import',
        label: `Nhập ${changes.length} ${LAYERS[opts.layer].vi.toLowerCase()} từ ${prepared.source.file}`,
        author,
        changes,
      })
    : null;
  report('write')(changes.length, changes.length);
  if (tx) events.emit('project.changed', { seq: tx.seq, layers: [opts.layer] });
  return {
    imported: changes.length,
    rejected: prepared.rejected,
    ...noticesOut([...prepared.source.warnings, ...prepared.notes]),
    crs: prepared.crs,
    mapping: prepared.mapping,
  };
}
