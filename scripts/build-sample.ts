// Builds resources/sample/kon-tum.gpkg and resources/basemap/kon-tum.geojson from scripts/sample/.
// Every feature goes through the API's one door (the in-process client), as a person's edit does, so the sample
// exercises the real path.
import fs from 'node:fs';
import path from 'node:path';
import { normaliseRoadCode } from '../src/domain/assets/road-code';
import { createProjectClient } from '../src/main/hosts/in-process-client';
import { nodeHostPorts } from '../src/main/services/host-ports';
import { BOUNDARY, PROVINCE, ROUTES, TOWNS } from './sample/kon-tum-data';
import {
  bridgeAttributes,
  culvertAttributes,
  curvedLine,
  pointsAlong,
  seededRandom,
} from './sample/generate';

export async function buildSample(
  outFile: string,
  basemapFile: string,
): Promise<{ roads: number; bridges: number; culverts: number }> {
  for (const f of [outFile, `${outFile}.journal`, `${outFile}.lock`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const ports = nodeHostPorts({ author: () => 'roadgis-sample' });
  const project = await createProjectClient(
    outFile,
    { name: 'Tỉnh Kon Tum (mẫu)', province: PROVINCE.id, workingCrs: PROVINCE.crs },
    ports,
  );
  const { client } = project;
  const rand = seededRandom(20261123);
  const counts = { roads: 0, bridges: 0, culverts: 0 };
  let bridgeIndex = 0;
  for (const route of ROUTES) {
    const line = curvedLine(route.via, PROVINCE.crs, rand);
    await client.call('features.create', {
      layer: 'roads',
      geometry: { type: 'LineString', coordinates: line },
      properties: {
        road_code: route.code,
        name: route.name,
        management_level: route.level,
        technical_grade: route.grade,
        surface_type: route.surface,
        width_m: route.width,
        lanes: route.lanes,
        managing_unit: route.unit,
        start_chainage_m: route.startChainage,
        year_built: route.yearBuilt,
      },
    });
    counts.roads++;
    const code = normaliseRoadCode(route.code)!.code;
    for (const at of pointsAlong(route, line, PROVINCE.crs, rand, 5000, 11000)) {
      await client.call('features.create', {
        layer: 'bridges',
        geometry: { type: 'Point', coordinates: at },
        properties: { route_code: code, ...bridgeAttributes(rand, bridgeIndex++, route) },
      });
      counts.bridges++;
    }
    let culvertIndex = 0;
    for (const at of pointsAlong(route, line, PROVINCE.crs, rand, 2500, 6000)) {
      await client.call('features.create', {
        layer: 'culverts',
        geometry: { type: 'Point', coordinates: at },
        properties: { route_code: code, ...culvertAttributes(rand, culvertIndex++, route) },
      });
      counts.culverts++;
    }
  }
  await project.close();
  fs.mkdirSync(path.dirname(basemapFile), { recursive: true });
  fs.writeFileSync(
    basemapFile,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'province', name: `Tỉnh ${PROVINCE.name}` },
          geometry: { type: 'Polygon', coordinates: [BOUNDARY] },
        },
        ...TOWNS.map((t) => ({
          type: 'Feature',
          properties: { kind: t.kind, name: t.name },
          geometry: { type: 'Point', coordinates: t.at },
        })),
      ],
    }),
  );
  return counts;
}

const isEntry =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isEntry) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const t0 = Date.now();
  buildSample(
    path.join(root, 'resources/sample/kon-tum.gpkg'),
    path.join(root, 'resources/basemap/kon-tum.geojson'),
  ).then((c) =>
    console.log(
      `Sample Kon Tum: ${c.roads} roads, ${c.bridges} bridges, ${c.culverts} culverts in ${Date.now() - t0} ms`,
    ),
  );
}
