import { describe, expect, it } from 'vitest';
import { esriWkt, ogcWkt, recogniseWkt } from './wkt';

// What GDAL 3.6 writes (gdalsrsinfo -o wkt_esri EPSG:9216), on one line.
const GDAL_9216 =
  'PROJCS["VN-2000_TM-3_107-30",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",107.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('WKT', () => {
  it('writes the ESRI .prj exactly as GDAL does', () => {
    expect(esriWkt('EPSG:9216')).toBe(GDAL_9216);
    expect(esriWkt('EPSG:3405')).toContain('PROJCS["VN_2000_UTM_Zone_48N"');
    expect(esriWkt('EPSG:3405')).toContain('PARAMETER["Central_Meridian",105.0]');
  });

  it('recognises VN-2000 TM-3 and UTM .prj files and says the shift comes from RoadGIS', () => {
    const r = recogniseWkt(GDAL_9216)!;
    expect(r.crs.code).toBe('EPSG:9216');
    expect(r.warnings.map((w) => w.text).join()).toMatch(/EPSG:6960/u);
    expect(r.warnings.map((w) => w.code)).toContain('datum_shift_assumed');
    expect(recogniseWkt(esriWkt('EPSG:3405'))!.crs.code).toBe('EPSG:3405');
    expect(recogniseWkt(esriWkt('EPSG:5898'))!.crs.code).toBe('EPSG:5898');
    expect(recogniseWkt(ogcWkt('EPSG:9209'))!.crs.code).toBe('EPSG:9209');
  });

  it('reads TM-3 parameters on a WGS 84 label as mislabelled VN-2000, with a warning', () => {
    const mislabelled = GDAL_9216.replace('GCS_VN_2000', 'GCS_WGS_1984')
      .replace('D_Vietnam_2000', 'D_WGS_1984')
      .replace('VN-2000_TM-3_107-30', 'TM3_107_30');
    const r = recogniseWkt(mislabelled)!;
    expect(r.crs.code).toBe('EPSG:9216');
    expect(r.warnings[0]!.text).toMatch(/says WGS 84 .* read as VN-2000/u);
  });

  it('keeps real WGS 84 UTM and geographic files as they are', () => {
    expect(recogniseWkt(esriWkt('EPSG:32648'))!.crs.code).toBe('EPSG:32648');
    expect(recogniseWkt(esriWkt('EPSG:4326'))!.crs.code).toBe('EPSG:4326');
    expect(recogniseWkt(esriWkt('EPSG:4756'))!.crs.code).toBe('EPSG:4756');
  });

  it('returns null for projections it does not know', () => {
    expect(
      recogniseWkt(
        'PROJCS["x",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257]]],PROJECTION["Lambert_Conformal_Conic"]]',
      ),
    ).toBeNull();
    expect(recogniseWkt('garbage')).toBeNull();
  });
});
