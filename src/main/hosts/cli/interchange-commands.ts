// roadgis import / export / open-data: thin wrappers that go through the same dispatch as every host.
import path from 'node:path';
import type { MethodName } from '../../../api/contract';
import { ApiError } from '../../../api/errors';
import { createServices } from '../../services/create-services';
import type { HostPorts } from '../../services/host-ports';
import { openProject } from '../../services/open-project';
import { dispatch } from '../dispatch';
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

async function withProject(
  opts: Opts,
  ports: HostPorts,
  run: (call: (m: MethodName, input: unknown) => Promise<unknown>) => Promise<number>,
): Promise<number> {
  const project = str(opts.project);
  if (!project) throw new UsageError('--project FILE.gpkg is required');
  const store = await openProject(project, ports);
  try {
    const { handlers } = createServices(store, ports);
    return await run((m, input) => dispatch(handlers, m, input));
  } finally {
    await store.close();
  }
}

function printApiError(e: unknown, io: Io): number {
  if (!(e instanceof ApiError)) throw e;
  io.err(`roadgis: ${e.message}`);
  for (const i of e.issues ?? []) io.err(`  ${i.path}: ${i.message}`);
  return 1;
}

const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  cp1258: 'windows-1258',
  'windows-1258': 'windows-1258',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  tcvn3: 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
};

export async function cmdImport(
  file: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!file) throw new UsageError('roadgis import: give the file to import');
  const layer = str(opts.layer);
  if (!layer) throw new UsageError('roadgis import: --layer roads|bridges|culverts is required');
  const encoding = str(opts.encoding);
  if (encoding && !ENCODINGS[encoding.toLowerCase()])
    throw new UsageError(
      `roadgis import: --encoding is utf-8, cp1258, cp1252, tcvn3 or vni, not ${encoding}`,
    );
  const mapping = Object.fromEntries(
    Object.entries(pairs(opts.map, '--map')).map(([k, v]) => [k, v === '' ? null : v]),
  );
  const input = {
    path: path.resolve(file),
    layer,
    ...(str(opts.crs) ? { crs: str(opts.crs) } : {}),
    ...(encoding ? { encoding: ENCODINGS[encoding.toLowerCase()] } : {}),
    ...(str(opts['source-layer']) ? { sourceLayer: str(opts['source-layer']) } : {}),
    ...(Object.keys(mapping).length ? { mapping } : {}),
  };
  return withProject(opts, ports, async (call) => {
    try {
      if (opts['dry-run']) {
        const p = (await call('interchange.preview', input)) as {
          file: string;
          crs: string;
          encoding: string | null;
          total: number;
          valid: number;
          mapping: Record<string, string | null>;
          warnings: string[];
          rejected: Array<{ row: number; field: string; reason: string }>;
        };
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
      const r = (await call('interchange.import', {
        ...input,
        skipInvalid: Boolean(opts['skip-invalid']),
        ...(str(opts.report) ? { reportPath: path.resolve(str(opts.report)!) } : {}),
      })) as {
        imported: number;
        rejected: Array<{ row: number; field: string; reason: string }>;
        warnings: string[];
        crs: string;
      };
      for (const w of r.warnings) io.err(`warning: ${w}`);
      for (const x of r.rejected) io.err(`skipped row ${x.row}, ${x.field}: ${x.reason}`);
      io.out(
        `Imported ${r.imported} feature(s) into ${layer} from ${path.basename(file)} (${r.crs})${r.rejected.length ? `; ${r.rejected.length} row(s) skipped` : ''}`,
      );
      return 0;
    } catch (e) {
      return printApiError(e, io);
    }
  });
}

export async function cmdExport(
  out: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!out) throw new UsageError('roadgis export: give the output file');
  const bbox = str(opts.bbox)?.split(',').map(Number);
  const input = {
    layer: str(opts.layer),
    format: str(opts.format) ?? path.extname(out).slice(1).toLowerCase(),
    path: path.resolve(out),
    ...(str(opts.crs) ? { crs: str(opts.crs) } : {}),
    ...(bbox ? { bbox } : {}),
    ...(opts.where ? { where: pairs(opts.where, '--where') } : {}),
    overwrite: Boolean(opts.overwrite),
    ...(str(opts.lang) ? { lang: str(opts.lang) } : {}),
  };
  return withProject(opts, ports, async (call) => {
    try {
      const r = (await call('interchange.export', input)) as {
        files: string[];
        count: number;
        crs: string;
        warnings: string[];
      };
      for (const w of r.warnings) io.err(`warning: ${w}`);
      io.out(`Exported ${r.count} feature(s) in ${r.crs}: ${r.files.join(', ')}`);
      return 0;
    } catch (e) {
      return printApiError(e, io);
    }
  });
}

export async function cmdOpenData(
  dir: string | undefined,
  opts: Opts,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!dir) throw new UsageError('roadgis open-data: give the output folder');
  return withProject(opts, ports, async (call) => {
    try {
      const r = (await call('interchange.openData', { dir: path.resolve(dir) })) as {
        files: string[];
        count: number;
      };
      io.out(`Open data: ${r.count} feature(s) in ${r.files.length} files under ${dir}`);
      return 0;
    } catch (e) {
      return printApiError(e, io);
    }
  });
}
