// CRS registry: WGS 84, VN-2000 geographic, UTM 48N/49N and every provincial TM-3 zone (domain-vn §1.3).
// The VN-2000 → WGS 84 shift is EPSG:6960 written in PROJ's position-vector form: the rotation signs are the
// published (coordinate-frame) ones flipped (§1.2, gotcha 2). Pinned here so every host transforms alike.
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

export type CrsKind = 'geographic' | 'utm' | 'tm3';

export interface CrsDef {
  /** "EPSG:9216" */
  code: string;
  epsg: number;
  name: string;
  kind: CrsKind;
  proj4: string;
  /** Central meridian in degrees for projected systems. */
  centralMeridian?: number;
  /** Name of the zone as written in Vietnamese documents, e.g. "KTT 107°30′". */
  label: string;
  /** Name in ESRI WKT (shapefile .prj), as GDAL 3.6 / PROJ 9.1 write it. */
  esriName: string;
  /** Geodetic datum: VN-2000 (needs the EPSG:6960 shift) or WGS 84. */
  datum: 'VN-2000' | 'WGS 84';
  scaleFactor?: number;
}

const vn2000Tm = (lon0: number, k: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=${k} +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;

export function formatMeridian(lon: number): string {
  const deg = Math.floor(lon);
  const min = Math.round((lon - deg) * 60);
  return `${deg}°${String(min).padStart(2, '0')}′`;
}

const tm3 = (epsg: number, lon0: number, name: string, esriName: string): CrsDef => ({
  code: `EPSG:${epsg}`,
  epsg,
  name,
  kind: 'tm3',
  proj4: vn2000Tm(lon0, 0.9999),
  centralMeridian: lon0,
  scaleFactor: 0.9999,
  label: `VN-2000 KTT ${formatMeridian(lon0)} (TM-3)`,
  esriName,
  datum: 'VN-2000',
});

const TM3_ZONES: Array<[number, number, string, string]> = [
  [5896, 102, 'VN-2000 / TM-3 zone 481', 'VN_2000_TM-3_zone_481'],
  [5897, 105, 'VN-2000 / TM-3 zone 482', 'VN_2000_TM-3_zone_482'],
  [5898, 108, 'VN-2000 / TM-3 zone 491', 'VN_2000_TM-3_zone_491'],
  [5899, 107.75, 'VN-2000 / TM-3 107-45', 'VN_2000_TM-3_107-45'],
  [9205, 103, 'VN-2000 / TM-3 103-00', 'VN-2000_TM-3_103-00'],
  [9206, 104, 'VN-2000 / TM-3 104-00', 'VN-2000_TM-3_104-00'],
  [9207, 104.5, 'VN-2000 / TM-3 104-30', 'VN-2000_TM-3_104-30'],
  [9208, 104.75, 'VN-2000 / TM-3 104-45', 'VN-2000_TM-3_104-45'],
  [9209, 105.5, 'VN-2000 / TM-3 105-30', 'VN-2000_TM-3_105-30'],
  [9210, 105.75, 'VN-2000 / TM-3 105-45', 'VN-2000_TM-3_105-45'],
  [9211, 106, 'VN-2000 / TM-3 106-00', 'VN-2000_TM-3_106-00'],
  [9212, 106.25, 'VN-2000 / TM-3 106-15', 'VN-2000_TM-3_106-15'],
  [9213, 106.5, 'VN-2000 / TM-3 106-30', 'VN-2000_TM-3_106-30'],
  [9214, 107, 'VN-2000 / TM-3 107-00', 'VN-2000_TM-3_107-00'],
  [9215, 107.25, 'VN-2000 / TM-3 107-15', 'VN-2000_TM-3_107-15'],
  [9216, 107.5, 'VN-2000 / TM-3 107-30', 'VN-2000_TM-3_107-30'],
  [9217, 108.25, 'VN-2000 / TM-3 108-15', 'VN-2000_TM-3_108-15'],
  [9218, 108.5, 'VN-2000 / TM-3 108-30', 'VN-2000_TM-3_108-30'],
];

export const CRS_LIST: readonly CrsDef[] = [
  {
    code: 'EPSG:4326',
    epsg: 4326,
    name: 'WGS 84',
    kind: 'geographic',
    proj4: '+proj=longlat +datum=WGS84 +no_defs',
    label: 'WGS 84 (GPS)',
    esriName: 'GCS_WGS_1984',
    datum: 'WGS 84',
  },
  {
    code: 'EPSG:4756',
    epsg: 4756,
    name: 'VN-2000',
    kind: 'geographic',
    proj4: `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`,
    label: 'VN-2000 (kinh độ, vĩ độ)',
    esriName: 'GCS_VN_2000',
    datum: 'VN-2000',
  },
  {
    code: 'EPSG:3405',
    epsg: 3405,
    name: 'VN-2000 / UTM zone 48N',
    kind: 'utm',
    proj4: vn2000Tm(105, 0.9996),
    centralMeridian: 105,
    scaleFactor: 0.9996,
    label: 'VN-2000 UTM 48N (múi 6°)',
    esriName: 'VN_2000_UTM_Zone_48N',
    datum: 'VN-2000',
  },
  {
    code: 'EPSG:3406',
    epsg: 3406,
    name: 'VN-2000 / UTM zone 49N',
    kind: 'utm',
    proj4: vn2000Tm(111, 0.9996),
    centralMeridian: 111,
    scaleFactor: 0.9996,
    label: 'VN-2000 UTM 49N (múi 6°)',
    esriName: 'VN_2000_UTM_Zone_49N',
    datum: 'VN-2000',
  },
  ...[48, 49].map((zone): CrsDef => ({
    code: `EPSG:326${zone}`,
    epsg: 32600 + zone,
    name: `WGS 84 / UTM zone ${zone}N`,
    kind: 'utm',
    proj4: `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`,
    centralMeridian: zone === 48 ? 105 : 111,
    scaleFactor: 0.9996,
    label: `WGS 84 UTM ${zone}N (GPS)`,
    esriName: `WGS_1984_UTM_Zone_${zone}N`,
    datum: 'WGS 84',
  })),
  ...TM3_ZONES.map(([epsg, lon0, name, esri]) => tm3(epsg, lon0, name, esri)),
];

const byCode = new Map(CRS_LIST.map((c) => [c.code, c]));

export function findCrs(code: string): CrsDef | undefined {
  const m = /^\s*(?:EPSG:?\s*)?(\d{4,5})\s*$/iu.exec(code);
  return m ? byCode.get(`EPSG:${m[1]}`) : undefined;
}

export function getCrs(code: string): CrsDef {
  const crs = findCrs(code);
  if (!crs)
    throw new RangeError(`unknown CRS "${code}" (RoadGIS knows ${CRS_LIST.map((c) => c.code).join(', ')})`);
  return crs;
}

export function tm3ForMeridian(lon0: number): CrsDef {
  const hit = CRS_LIST.find((c) => c.kind === 'tm3' && c.centralMeridian === lon0);
  if (!hit) throw new RangeError(`no VN-2000 TM-3 zone with central meridian ${lon0}`);
  return hit;
}
