// The benchmark input: N roads × 20 vertices with 10 attributes, as a shapefile in EPSG:9216 written by RoadGIS.
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../scripts/sample/generate';
import { transformPosition } from '../src/domain/location/transform';
import { writeShapefile } from '../src/main/io/shapefile/write-shapefile';
import type { ExportData } from '../src/main/io/records';
import { streamOf } from '../src/main/io/records';

/** Writes `dir/duong.shp` (+ .shx/.dbf/.prj/.cpg) and returns its path and total size in MB. */
export async function writeRoadShapefile(dir: string, N: number): Promise<{ shp: string; mb: string }> {
  const rand = seededRandom(3);
  const data: ExportData = {
    layer: 'roads',
    title: 'roads',
    crs: 'EPSG:9216',
    fields: [
      ['so_hieu', 'text'],
      ['ten_duong', 'text'],
      ['cap_ql', 'text'],
      ['cap_kt', 'text'],
      ['ket_cau', 'text'],
      ['be_rong', 'real'],
      ['so_lan', 'integer'],
      ['dv_ql', 'text'],
      ['km_dau', 'real'],
      ['nam_xd', 'integer'],
    ].map(([name, kind]) => ({ name: name!, kind: kind as 'text', vi: name!, en: name!, maxLength: 60 })),
    records: Array.from({ length: N }, (_, i) => {
      let lon = 107.6 + rand() * 0.8;
      let lat = 14.0 + rand() * 1.2;
      const coordinates = Array.from({ length: 20 }, () => {
        lon += (rand() - 0.5) * 0.002;
        lat += (rand() - 0.5) * 0.002;
        return transformPosition([lon, lat], 'EPSG:4326', 'EPSG:9216');
      });
      return {
        geometry: { type: 'LineString', coordinates },
        attributes: {
          so_hieu: `ĐH.${i % 900}`,
          ten_duong: `Đường liên xã số ${i} — thôn Kon Klor`,
          cap_ql: 'Đường huyện',
          cap_kt: 'V',
          ket_cau: 'Láng nhựa',
          be_rong: 3.5 + (i % 5),
          so_lan: 1 + (i % 2),
          dv_ql: 'UBND xã Đắk Rơ Wa',
          km_dau: (i % 30) * 1000,
          nam_xd: 1995 + (i % 30),
        },
      };
    }),
  };
  const shp = path.join(dir, 'duong.shp');
  await writeShapefile(shp, streamOf(data), 3);
  const mb = (
    ['.shp', '.dbf', '.shx'].reduce((n, e) => n + fs.statSync(shp.replace('.shp', e)).size, 0) / 1e6
  ).toFixed(0);

  return { shp, mb };
}
