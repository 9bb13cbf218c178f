// WKT for the registry's CRSs: ESRI WKT1 for shapefile .prj (as GDAL writes it; it cannot carry the datum
// shift) and OGC WKT1 with EPSG authorities for GeoPackage; and recognition of .prj text found in the wild.
import type { Notice } from '../assets/interchange-notices';
import { notice } from '../assets/interchange-notices';
import type { CrsDef } from './crs';
import { CRS_LIST, getCrs } from './crs';

const esriNum = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

export function esriWkt(code: string): string {
  const crs = getCrs(code);
  const vn = crs.datum === 'VN-2000';
  const geog = vn
    ? 'GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
    : 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
  if (crs.kind === 'geographic') return geog;
  return (
    `PROJCS["${crs.esriName}",${geog},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${esriNum(crs.centralMeridian!)}],` +
    `PARAMETER["Scale_Factor",${crs.scaleFactor}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}

const OGC_GEOG: Record<CrsDef['datum'], string> = {
  'VN-2000':
    'GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
    'AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
    'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]]',
  'WGS 84':
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
    'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
};

/** OGC WKT1 as GDAL writes it for gpkg_spatial_ref_sys (authority codes let readers find the datum shift). */
export function ogcWkt(code: string): string {
  const crs = getCrs(code);
  if (crs.kind === 'geographic') return OGC_GEOG[crs.datum];
  return (
    `PROJCS["${crs.name}",${OGC_GEOG[crs.datum]},PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],` +
    `PARAMETER["central_meridian",${crs.centralMeridian}],PARAMETER["scale_factor",${crs.scaleFactor}],` +
    `PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],` +
    `AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","${crs.epsg}"]]`
  );
}

export interface RecognisedCrs {
  crs: CrsDef;
  warnings: Notice[];
}

function param(wkt: string, ...names: string[]): number | undefined {
  for (const n of names) {
    const m = new RegExp(`PARAMETER\\["${n}",\\s*(-?[\\d.eE+-]+)\\]`, 'iu').exec(wkt);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Recognises a .prj (ESRI or OGC WKT1) as one of the registry's CRSs. VN-2000 files never carry the datum
 * shift, so it is always applied from the registry (and said so). TM parameters on a WGS 84 datum with
 * k = 0.9999 exist only as mislabelled VN-2000 data in Vietnam: those are read as VN-2000, with a warning.
 */
export function recogniseWkt(wkt: string): RecognisedCrs | null {
  const text = wkt.replace(/\s+/gu, ' ');
  const authority = /AUTHORITY\["EPSG","(\d+)"\]\]\s*$/u.exec(text);
  const byAuthority = authority ? CRS_LIST.find((c) => c.epsg === Number(authority[1])) : undefined;
  const datumText = /DATUM\["([^"]+)"/u.exec(text)?.[1] ?? '';
  const vnDatum = /vietnam|vn[-_ ]?2000/iu.test(datumText) || /VN[-_ ]?2000/u.test(text.slice(0, 60));
  const wgsDatum = /wgs[_ ]?(19)?84/iu.test(datumText);
  const warnings: Notice[] = [];
  if (byAuthority) {
    if (byAuthority.datum === 'VN-2000') warnings.push(notice('datum_shift_assumed'));
    return { crs: byAuthority, warnings };
  }
  if (!/^\s*PROJCS/iu.test(text)) {
    if (!/^\s*GEOGCS/iu.test(text)) return null;
    if (vnDatum) return { crs: getCrs('EPSG:4756'), warnings: [notice('datum_shift_assumed')] };
    return wgsDatum ? { crs: getCrs('EPSG:4326'), warnings } : null;
  }
  if (!/Transverse_Mercator/iu.test(text)) return null;
  const lon0 = param(text, 'Central_Meridian', 'longitude_of_center');
  const k = param(text, 'Scale_Factor');
  const fe = param(text, 'False_Easting');
  const fn = param(text, 'False_Northing') ?? 0;
  if (lon0 === undefined || k === undefined || fe !== 500000 || fn !== 0) return null;
  const match = (datum: CrsDef['datum']) =>
    CRS_LIST.find(
      (c) => c.datum === datum && c.centralMeridian === lon0 && Math.abs((c.scaleFactor ?? 0) - k) < 1e-9,
    );
  if (vnDatum) {
    const crs = match('VN-2000');
    return crs ? { crs, warnings: [notice('datum_shift_assumed')] } : null;
  }
  if (wgsDatum) {
    const exact = match('WGS 84');
    if (exact) return { crs: exact, warnings };
    const vn = match('VN-2000');
    if (vn && k === 0.9999) {
      return {
        crs: vn,
        warnings: [
          notice('prj_wgs84_is_vn2000', { crs: vn.code, meridian: lon0 }),
          notice('datum_shift_assumed'),
        ],
      };
    }
  }
  return null;
}
