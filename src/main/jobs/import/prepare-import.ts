// Preparing an import (issue 3): read any supported file, map its fields to a layer's attributes, convert and
// validate every row. Used by the import job (in a worker thread for big files) and by the wizard's preview; it
// touches no project database, so rows can be prepared while earlier ones are being written.
import type { Attributes } from '../../../domain/assets/attributes';
import type { Checked } from '../../../domain/assets/feature-checks';
import { attributeChecker } from '../../../domain/assets/feature-checks';
import { suggestMapping } from '../../../domain/assets/field-matching';
import type { ProjectArea } from '../../../domain/assets/import-geometry';
import { prepareGeometry } from '../../../domain/assets/import-geometry';
import type { ImportProblem, ProblemCode, ProblemParams } from '../../../domain/assets/import-problems';
import { failure } from '../../../domain/assets/interchange-failures';
import type { Notice } from '../../../domain/assets/interchange-notices';
import { notice } from '../../../domain/assets/interchange-notices';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYERS } from '../../../domain/assets/layers';
import type { Geometry, Position } from '../../../domain/geometry/geojson';
import { mapPositions } from '../../../domain/geometry/geojson';
import { findCrs } from '../../../domain/location/crs';
import { converter } from '../../../domain/location/transform';
import { DomainError } from '../../../domain/errors';
import { fail } from '../../io/interchange-messages';
import type { ReadOptions } from '../../io/read-source';
import { readSource } from '../../io/read-source';
import type { SourceData, SourceRecord } from '../../io/records';
import { InputError } from '../../io/records';

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

export interface PreparedFeature {
  row: number;
  /** WGS 84 (the project's storage CRS). */
  geometry: Geometry;
  /** The same geometry in the file's own CRS (null when preparing changed its shape), for measuring it there. */
  sourceGeometry: Geometry | null;
  attributes: Attributes;
}

/** What every row of one import is prepared with: the resolved CRS and field mapping. */
export interface ImportPlan {
  file: string;
  layer: LayerName;
  crs: string;
  mapping: Record<string, string | null>;
  /** Source field → attribute, for the fields that are imported. */
  targets: Array<{ src: string; target: string }>;
  /** The same checks as an edit (feature-checks.ts). */
  check: (input: Record<string, unknown>) => Checked<Attributes>;
  toWgs84: ((p: Position) => Position) | null;
  area: ProjectArea | undefined;
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
    throw new DomainError(
      'invalid_input',
      { code: e.reason.code, params: { ...e.reason.params, ...where }, text: e.message },
      [{ path: e.field ? `${e.file}:${e.row ?? ''}:${e.field}` : e.file, message: e.message }],
    );
  }
  throw e;
}

export function readImportSource(opts: ImportOptions): Promise<SourceData> {
  return readSource(opts.path, opts).catch(inputError);
}

/** Resolves the CRS and the mapping (suggested, then the person's choices); a bad choice is a clear error. */
export function planImport(
  source: SourceData,
  opts: ImportOptions,
  area: ProjectArea | undefined,
): ImportPlan {
  const crsCode = opts.crs ?? source.crs;
  if (!crsCode)
    throw fail('invalid_input', failure('crs_required', { file: source.file }), [
      { path: 'crs', message: 'required for this file' },
    ]);
  const crs = findCrs(crsCode);
  if (!crs)
    throw fail('invalid_input', failure('crs_unknown', { crs: crsCode }), [
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
        'invalid_input',
        failure('no_source_field', {
          file: source.file,
          field: src,
          fields: Object.keys(mapping).join(', '),
        }),
        [{ path: `mapping.${src}`, message: 'no such source field' }],
      );
    if (target && !fieldDefs.some((f) => f.name === target && !f.computed)) {
      throw fail(
        'invalid_input',
        failure('no_attribute', { layer: LAYERS[opts.layer].en, attribute: target }),
        [{ path: `mapping.${src}`, message: 'no such attribute' }],
      );
    }
    if (target) for (const k of Object.keys(mapping)) if (mapping[k] === target) mapping[k] = null;
    mapping[src] = target || null;
  }
  const targets = Object.entries(mapping).flatMap(([src, target]) =>
    target && fieldDefs.some((f) => f.name === target) ? [{ src, target }] : [],
  );
  const toWgs84 = crs.code === 'EPSG:4326' ? null : converter(crs.code, 'EPSG:4326').forward;
  const check = attributeChecker(opts.layer);
  return { file: source.file, layer: opts.layer, crs: crs.code, mapping, targets, check, toWgs84, area };
}

export interface RowSink {
  feature(f: PreparedFeature): void;
  reject(r: RejectedRow): void;
  note(n: Notice): void;
}

/**
 * Converts, validates and reprojects one record; a multipart line that a layer keeps single becomes parts. A
 * record that cannot be read at all (a damaged shape) is an API error naming the file and row.
 */
export function prepareRecord(plan: ImportPlan, rec: SourceRecord, sink: RowSink): void {
  try {
    prepareReadable(plan, rec, sink);
  } catch (e) {
    inputError(e);
  }
}

function prepareReadable(plan: ImportPlan, rec: SourceRecord, sink: RowSink): void {
  const reject = (field: string, p: ImportProblem) =>
    sink.reject({
      file: plan.file,
      row: rec.row,
      field,
      reason: p.reason,
      code: p.code,
      params: p.params,
    });
  // Read once each: a record may decode itself on every read (shapefile).
  const source = rec.geometry;
  const attributes = rec.attributes;
  const prepared = prepareGeometry(
    plan.layer,
    source && plan.toWgs84 ? mapPositions(source, plan.toWgs84) : source,
    plan.area,
  );
  if (!prepared.ok) return reject('(geometry)', prepared);
  if (prepared.note) {
    const { code, parts, lines } = prepared.note;
    sink.note(notice(code, { file: plan.file, row: rec.row, parts, lines }));
  }
  const mapped: Record<string, unknown> = {};
  for (const { src, target } of plan.targets) mapped[target] = attributes[src];
  const checked = plan.check(mapped);
  if (!checked.ok) {
    const sourceOf = (target: string) => plan.targets.find((t) => t.target === target)?.src ?? target;
    for (const p of checked.problems) reject(sourceOf(p.field), p);
    return;
  }
  const attrs = checked.value;
  const uid = attributes.uid;
  // Parts of a split multipart line: measured in the source CRS only when the record kept its one geometry.
  const whole = prepared.geometries.length === 1 && source ? source : null;
  for (const [k, g] of prepared.geometries.entries()) {
    sink.feature({
      row: rec.row,
      geometry: g,
      sourceGeometry: whole && whole.type === g.type ? whole : null,
      attributes: k === 0 && typeof uid === 'string' && UUID.test(uid) ? { ...attrs, uid } : attrs,
    });
  }
}

export function rejectedCsv(rows: readonly RejectedRow[]): string {
  const cell = (v: string | number) =>
    /[",\n]/u.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  return `\uFEFFfile,row,field,reason\n${rows.map((r) => [r.file, r.row, r.field, r.reason].map(cell).join(',')).join('\n')}\n`;
}
