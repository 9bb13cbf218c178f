// The roadgis commands. Each returns an exit code; messages go to the given streams so tests can read them.
import fs from 'node:fs';
import path from 'node:path';
import { findCrs } from '../../../domain/location/crs';
import type { ProvinceScheme } from '../../../domain/location/provinces';
import { findProvince } from '../../../domain/location/provinces';
import type { HostPorts } from '../../services/host-ports';
import { createServicesForNewProject, openServices } from '../../services/open-project';
import { inProcessClient } from '../in-process-client';
import { startWebHost } from '../web/server';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export class UsageError extends Error {}

export type CliOptions = Record<string, string | boolean | string[] | undefined>;

export const HELP = `roadgis — RoadGIS command line

Usage:
  roadgis new FILE.gpkg --province NAME [--scheme 63|34] [--crs EPSG:N] [--name TEXT]
      Create an empty project (GeoPackage). The working CRS defaults to the province's VN-2000 TM-3 zone.
  roadgis info FILE.gpkg [--json]
      Show the project's name, province, working CRS and layers.
  roadgis import FILE --project P.gpkg --layer roads|bridges|culverts [--crs EPSG:N] [--encoding utf-8|cp1258|tcvn3|vni]
         [--source-layer NAME] [--map SOURCE_FIELD=attribute ...] [--skip-invalid] [--report rejected.csv] [--dry-run]
      Import a shapefile (.shp or .zip), GeoPackage, GeoJSON, KML/KMZ, CSV or XLSX. All rows or none, unless
      --skip-invalid; --dry-run shows the CRS, encoding, field mapping and rejected rows without importing.
  roadgis export OUT --project P.gpkg --layer L [--format shp|gpkg|geojson|kml|csv|xlsx] [--crs EPSG:N]
         [--where field=value ...] [--bbox minLon,minLat,maxLon,maxLat] [--overwrite] [--lang vi|en]
      Export a layer (default CRS: the project's working CRS; GeoJSON/KML are WGS 84).
  roadgis open-data DIR --project P.gpkg
      Write the public layers as GeoPackage + GeoJSON + metadata.json.
  roadgis serve --project FILE.gpkg [--port N] [--static DIR]
      Serve the app and its API on http://127.0.0.1:N (browser mode).
  roadgis help
      This text.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.`;

export async function cmdNew(
  file: string | undefined,
  opts: CliOptions,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!file)
    throw new UsageError(
      'roadgis new: give the project file, e.g. roadgis new kon-tum.gpkg --province "Kon Tum"',
    );
  const provinceName = opts.province;
  if (typeof provinceName !== 'string') throw new UsageError('roadgis new: --province is required');
  const scheme = (opts.scheme ?? '63') as ProvinceScheme;
  if (scheme !== '63' && scheme !== '34')
    throw new UsageError('roadgis new: --scheme is 63 (before 1/7/2025) or 34');
  const province = findProvince(scheme, provinceName);
  if (!province)
    throw new UsageError(`roadgis new: unknown province "${provinceName}" in the ${scheme}-province list`);
  const crs = typeof opts.crs === 'string' ? findCrs(opts.crs) : findCrs(province.crs);
  if (!crs) throw new UsageError(`roadgis new: unknown CRS "${String(opts.crs)}"`);
  const services = await createServicesForNewProject(
    file,
    {
      name: typeof opts.name === 'string' ? opts.name : province.name,
      province: province.id,
      workingCrs: crs.code,
    },
    ports,
  );
  await services.close();
  io.out(`Created ${file} — ${province.name}, working CRS ${crs.code} (${crs.label})`);
  return 0;
}

export async function cmdInfo(
  file: string | undefined,
  opts: CliOptions,
  ports: HostPorts,
  io: Io,
): Promise<number> {
  if (!file) throw new UsageError('roadgis info: give the project file');
  const services = await openServices(file, ports);
  try {
    const info = await inProcessClient(services).call('project.info', {});
    if (opts.json) io.out(JSON.stringify(info, null, 2));
    else {
      io.out(`${info.name} (${info.province}) — ${info.path}`);
      io.out(`Working CRS: ${info.workingCrs}; last change #${info.lastSeq}`);
      for (const l of info.layers) io.out(`  ${l.name.padEnd(9)} ${String(l.count).padStart(7)} features`);
    }
  } finally {
    await services.close();
  }
  return 0;
}

export async function cmdServe(
  opts: CliOptions,
  ports: HostPorts,
  io: Io,
  defaultStatic: string,
): Promise<number> {
  const file = opts.project;
  if (typeof file !== 'string') throw new UsageError('roadgis serve: --project FILE.gpkg is required');
  const port = opts.port === undefined ? 5170 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`roadgis serve: bad --port ${String(opts.port)}`);
  const staticDir = typeof opts.static === 'string' ? opts.static : defaultStatic;
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    io.err(
      `note: ${staticDir}/index.html not found; run "npm run build" for the map UI. Serving the API only.`,
    );
  }
  const services = await openServices(file, ports);
  const host = await startWebHost({ handlers: services.handlers, events: services.events, staticDir, port });
  io.out(`RoadGIS is serving ${file} at ${host.url}/  (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await services.close();
  return 0;
}
