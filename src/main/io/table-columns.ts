// Column layout shared by the tabular writers (CSV, XLSX): coordinates first for points (Vietnamese survey
// order X = northing, Y = easting in projected systems; lon/lat otherwise), WKT for lines, then the fields.
import type { Geometry } from '../../domain/geometry/geojson';
import { getCrs } from '../../domain/location/crs';
import type { ExportRecord, FieldValue, RecordStream } from './records';

export interface TableColumn {
  key: string;
  heading: string;
  kind: 'text' | 'integer' | 'real' | 'date';
  value: (r: ExportRecord) => FieldValue;
}

function wkt(g: Geometry | null): string | null {
  if (!g) return null;
  const pts = (cs: [number, number][]) => cs.map(([x, y]) => `${x} ${y}`).join(', ');
  switch (g.type) {
    case 'Point':
      return `POINT (${g.coordinates[0]} ${g.coordinates[1]})`;
    case 'LineString':
      return `LINESTRING (${pts(g.coordinates)})`;
    case 'MultiLineString':
      return `MULTILINESTRING (${g.coordinates.map((l) => `(${pts(l)})`).join(', ')})`;
    default:
      return null;
  }
}

export function tableColumns(
  data: Pick<RecordStream, 'crs' | 'fields' | 'geometryType'>,
  lang: 'vi' | 'en' = 'vi',
): TableColumn[] {
  const projected = getCrs(data.crs).kind !== 'geographic';
  const points = data.geometryType === 'POINT';
  const coord = (i: 0 | 1) => (r: ExportRecord) =>
    r.geometry?.type === 'Point' ? r.geometry.coordinates[i] : null;
  const geometryColumns: TableColumn[] = points
    ? projected
      ? [
          {
            key: 'x',
            heading: lang === 'vi' ? 'X (m, hướng Bắc)' : 'X (m, northing)',
            kind: 'real',
            value: coord(1),
          },
          {
            key: 'y',
            heading: lang === 'vi' ? 'Y (m, hướng Đông)' : 'Y (m, easting)',
            kind: 'real',
            value: coord(0),
          },
        ]
      : [
          { key: 'lon', heading: lang === 'vi' ? 'Kinh độ' : 'Longitude', kind: 'real', value: coord(0) },
          { key: 'lat', heading: lang === 'vi' ? 'Vĩ độ' : 'Latitude', kind: 'real', value: coord(1) },
        ]
    : [{ key: 'wkt', heading: 'WKT', kind: 'text', value: (r) => wkt(r.geometry) }];
  return [
    ...geometryColumns,
    ...data.fields.map((f) => ({
      key: f.name,
      heading: f[lang],
      kind: f.kind,
      value: (r: ExportRecord) => r.attributes[f.name] ?? null,
    })),
  ];
}
