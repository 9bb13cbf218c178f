// roadgis import / export / open-data: thin wrappers over the in-process client, so every call goes through
// the same door (validated input, typed result, mapped errors) as the desktop and the browser.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, RoadGisClient } from '../../../api/contract';
import { ApiError } from '../../../api/errors';
import type { ExportFormat, TextEncodingName } from '../../../domain/assets/interchange-formats';
import { encodingByName, EXPORT_FORMATS } from '../../../domain/assets/interchange-formats';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYER_NAMES } from '../../../domain/assets/layers';
import type { HostPorts } from '../../services/host-ports';
import { openServices } from '../../services/open-project';
import { inProcessClient } from '../in-process-client';
import type { Io } from './commands';
import { UsageError } from './commands';

type Opts = Record<string, string | boolean | string[] | undefined>;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function pairs(values: unknown, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of Array.isArray(values) ? values : []) {
    const at = String(v).indexOf('=');
    if (at < 1) throw new UsageError(`${what} takes NAME=VALUE, got "${String(v)}"`);
    out[String(v).slice(0, at)] = String(v).slice(at + 1);
  }
  return out;
}

function layerOption(opts: Opts, command: string): LayerName {
  const layer = str(opts.layer);
  if (!layer) throw new UsageError(`roadgis ${command}: --layer ${LAYER_NAMES.join('|')} is required`);
  if (!(LAYER_NAMES as readonly string[]).includes(layer))
    throw new UsageError(`roadgis ${command}: --layer is ${LAYER_NAMES.join(', ')}, not "${layer}"`);
  return layer as LayerName;
}

/** Opens the project, runs the command over the in-process client, closes; an API error is exit code 1. */
export async function withProject(
  opts: Opts,
  ports: HostPorts,
  io: Io,
  run: (client: RoadGisClient) => Promise<number>,
): Promise<number> {
  const project = str(opts.project);
  if (!project) throw new UsageError('--project FILE.gpkg is required');
  const services = await openServices(project, ports);
  try {
    return await run(inProcessClient(services));
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return printApiError(e, io);
  } finally {
    await services.close();
  }
}

function printApiError(e: ApiError, io: Io): number {
  io.err(`roadgis: ${e.message}`);
  for (const i of e.issues ?? []) io.err(`  ${i.path}: ${i.message}`);
  return 1;
}

export async function cmdImport(
  file: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!file) throw new UsageError('roadgis import: give the file to import');
  const layer = layerOption(opts, 'import');
  const encodingText = str(opts.encoding);
  let encoding: TextEncodingName | undefined;
  if (encodingText) {
    encoding = encodingByName(encodingText) ?? undefined;
    if (!encoding)
      throw new UsageError(
        `roadgis import: --encoding is utf-8, cp1258, cp1252, tcvn3 or vni, not ${encodingText}`,
      );
  }
  const mapping = Object.fromEntries(
    Object.entries(pairs(opts.map, '--map')).map(([k, v]) => [k, v === '' ? null : v]),
  );
  const input: MethodInput<'interchange.preview'> = {
    path: path.resolve(file),
    layer,
    ...(str(opts.crs) ? { crs: str(opts.crs) } : {}),
    ...(encoding ? { encoding } : {}),
    ...(str(opts['source-layer']) ? { sourceLayer: str(opts['source-layer']) } : {}),
    ...(Object.keys(mapping).length ? { mapping } : {}),
  };
  return withProject(opts, ports, io, async (client) => {
    if (opts['dry-run']) {
      const p = await client.call('interchange.preview', input);
      io.out(
        `${p.file}: ${p.total} rows, ${p.valid} valid, CRS ${p.crs}${p.encoding ? `, text ${p.encoding}` : ''}`,
      );
      for (const [src, target] of Object.entries(p.mapping))
        io.out(
          `  ${src} → ${target ?? (src === 'uid' ? '(kept as each feature’s identity when it is a UUID)' : '(not imported)')}`,
        );
      for (const w of p.warnings) io.err(`warning: ${w}`);
      for (const r of p.rejected) io.err(`row ${r.row}, ${r.field}: ${r.reason}`);
      return p.rejected.length ? 1 : 0;
    }
    const r = await client.call('interchange.import', {
      ...input,
      skipInvalid: Boolean(opts['skip-invalid']),
      ...(str(opts.report) ? { reportPath: path.resolve(str(opts.report)!) } : {}),
    });
    for (const w of r.warnings) io.err(`warning: ${w}`);
    for (const x of r.rejected) io.err(`skipped row ${x.row}, ${x.field}: ${x.reason}`);
    io.out(
      `Imported ${r.imported} feature(s) into ${layer} from ${path.basename(file)} (${r.crs})${r.rejected.length ? `; ${r.rejected.length} row(s) skipped` : ''}`,
    );
    return 0;
  });
}

const EXTENSIONS: Record<ExportFormat, string> = {
  shp: 'shp',
  gpkg: 'gpkg',
  geojson: 'geojson',
  kml: 'kml',
  csv: 'csv',
  xlsx: 'xlsx',
};

/**
 * Where an export goes and in which format. An existing folder receives `<layer>.<ext>` inside it, as
 * `ogr2ogr` writes a shapefile into a folder; otherwise the file's extension names the format.
 */
function exportTarget(out: string, layer: LayerName, formatOption: string | undefined) {
  const resolved = path.resolve(out);
  const isFolder = fs.existsSync(resolved) && fs.statSync(resolved).isDirectory();
  const format = formatOption ?? (isFolder ? 'shp' : path.extname(out).slice(1).toLowerCase());
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `roadgis export: the format is one of ${EXPORT_FORMATS.join(', ')} (--format, or the file's extension), not "${format}"`,
    );
  const f = format as ExportFormat;
  return { format: f, path: isFolder ? path.join(resolved, `${layer}.${EXTENSIONS[f]}`) : resolved };
}

export async function cmdExport(
  out: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!out) throw new UsageError('roadgis export: give the output file or folder');
  const layer = layerOption(opts, 'export');
  const bboxText = str(opts.bbox);
  const bbox = bboxText?.split(',').map(Number);
  if (bbox && (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n))))
    throw new UsageError(`roadgis export: --bbox is minLon,minLat,maxLon,maxLat, not "${bboxText}"`);
  const lang = str(opts.lang);
  if (lang && lang !== 'vi' && lang !== 'en') throw new UsageError('roadgis export: --lang is vi or en');
  const target = exportTarget(out, layer, str(opts.format));
  const input: MethodInput<'interchange.export'> = {
    layer,
    ...target,
    ...(str(opts.crs) ? { crs: str(opts.crs) } : {}),
    ...(bbox ? { bbox: bbox as [number, number, number, number] } : {}),
    // Values stay text here: the service types each by its field (lanes=2 is the number 2).
    ...(opts.where ? { where: pairs(opts.where, '--where') } : {}),
    overwrite: Boolean(opts.overwrite),
    ...(lang ? { lang: lang as 'vi' | 'en' } : {}),
  };
  return withProject(opts, ports, io, async (client) => {
    const r = await client.call('interchange.export', input);
    for (const w of r.warnings) io.err(`warning: ${w}`);
    io.out(`Exported ${r.count} feature(s) in ${r.crs}: ${r.files.join(', ')}`);
    return 0;
  });
}

export async function cmdOpenData(
  dir: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!dir) throw new UsageError('roadgis open-data: give the output folder');
  return withProject(opts, ports, io, async (client) => {
    const r = await client.call('interchange.openData', { dir: path.resolve(dir) });
    io.out(`Open data: ${r.count} feature(s) in ${r.files.length} files under ${dir}`);
    return 0;
  });
}
