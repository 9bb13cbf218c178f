// Answers shaped like the sample province's (Kon Tum, working CRS EPSG:9216), for the fake client.
import type { Feature, MethodOutput } from '../../api/contract';

export const projectInfo: MethodOutput<'project.info'> = {
  path: '/du-an/kon-tum.gpkg',
  name: 'Tỉnh Kon Tum (mẫu)',
  province: 'Kon Tum',
  workingCrs: 'EPSG:9216',
  lastSeq: 12,
  layers: [
    { name: 'roads', count: 9, extent: [107.4, 14.2, 108.3, 15.4] },
    { name: 'bridges', count: 57, extent: [107.5, 14.3, 108.2, 15.3] },
    { name: 'culverts', count: 106, extent: [107.5, 14.3, 108.2, 15.3] },
  ],
};

export const crsList: MethodOutput<'crs.list'> = [
  { code: 'EPSG:4326', name: 'WGS 84', label: 'WGS 84 (kinh độ, vĩ độ)', kind: 'geographic' },
  { code: 'EPSG:9216', name: 'VN-2000 / TM-3 107-30', label: 'VN-2000 TM-3 107°30′', kind: 'projected' },
  { code: 'EPSG:3405', name: 'VN-2000 / UTM zone 48N', label: 'VN-2000 UTM 48N', kind: 'projected' },
];

export const bridge = {
  uid: '6f1c1d52-3e0f-4a55-9a43-0d3a4c0f6b21',
  properties: {
    name: 'Cầu Kon Klor',
    route_code: 'QL.24',
    chainage_m: 55771,
    crossing: 'song',
    length_m: 67,
    width_m: 9,
    spans: 3,
    span_arrangement: '18 + 18 + 18 m',
    structure: 'dam_btct',
    design_load: 'H30-XB80',
    year_built: 2001,
    managing_unit: 'Khu Quản lý đường bộ III',
    notes: null,
  },
};

export function bridgeFeature(properties: Record<string, string | number | null> = {}): Feature {
  return {
    type: 'Feature',
    id: bridge.uid,
    geometry: { type: 'Point', coordinates: [108.0, 14.35] },
    properties: { ...bridge.properties, ...properties },
  };
}
