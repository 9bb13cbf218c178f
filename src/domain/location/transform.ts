// Coordinate transformation between registry CRSs with proj4, always through the pinned definitions.
import proj4 from 'proj4';
import type { Position } from '../geometry/geojson';
import { getCrs } from './crs';

type Converter = { forward: (p: Position) => Position; inverse: (p: Position) => Position };
const converters = new Map<string, Converter>();

export function converter(from: string, to: string): Converter {
  const key = `${from}>${to}`;
  let c = converters.get(key);
  if (!c) {
    const p = proj4(getCrs(from).proj4, getCrs(to).proj4);
    c = {
      forward: (xy) => p.forward([xy[0], xy[1]]) as Position,
      inverse: (xy) => p.inverse([xy[0], xy[1]]) as Position,
    };
    converters.set(key, c);
  }
  return c;
}

/** Reprojects x, y pairs in place (a geometry column's coordinates: no array per point kept). */
export function transformCoords(coords: Float64Array, from: string, to: string): void {
  if (from === to) return;
  const forward = converter(from, to).forward;
  const p: Position = [0, 0];
  for (let i = 0; i + 1 < coords.length; i += 2) {
    p[0] = coords[i]!;
    p[1] = coords[i + 1]!;
    const q = forward(p);
    coords[i] = q[0];
    coords[i + 1] = q[1];
  }
}

export function transformPosition(p: Position, from: string, to: string): Position {
  return from === to ? p : converter(from, to).forward(p);
}

const planar = new Map<string, (p: Position) => Position>();
const planarBothWays = new Map<string, Converter>();

/** measuringProjection with its inverse: a position measured along a route, back to WGS 84 lon/lat. */
export function measuringConverter(code: string): Converter {
  let c = planarBothWays.get(code);
  if (!c) {
    const def = getCrs(code).proj4.replace(/\s*\+towgs84=\S+/u, '');
    const p = proj4('+proj=longlat +datum=WGS84 +no_defs', def);
    c = {
      forward: (xy) => p.forward([xy[0], xy[1]]) as Position,
      inverse: (xy) => p.inverse([xy[0], xy[1]]) as Position,
    };
    planarBothWays.set(code, c);
  }
  return c;
}

/**
 * The zone's projection applied to WGS 84 coordinates without the VN-2000 datum shift, for measuring lengths
 * and positions along a road. The EPSG:6960 shift is almost a pure translation (scale 0.25 ppm, rotations
 * 0.02″), so distances agree with the true VN-2000 grid to within 2 ppm (2 mm per km; the TM scale factor differs slightly
 * ~200 m away) at a third of the cost.
 * Never use it for coordinates a person reads: those go through `transformPosition`.
 */
export function measuringProjection(code: string, near?: Position): (p: Position) => Position {
  const crs = getCrs(code);
  // A geographic working CRS (a GeoPackage made elsewhere has none of ours) would measure in degrees: measure
  // instead in a transverse Mercator centred on the nearest whole degree of the data (scale error < 20 ppm).
  const key = crs.kind === 'geographic' ? `tm:${Math.round(near?.[0] ?? 0)}` : code;
  let f = planar.get(key);
  if (!f) {
    const def =
      crs.kind === 'geographic'
        ? `+proj=tmerc +lat_0=0 +lon_0=${Math.round(near?.[0] ?? 0)} +k=1 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs`
        : crs.proj4.replace(/\s*\+towgs84=\S+/u, '');
    const p = proj4('+proj=longlat +datum=WGS84 +no_defs', def);
    f = (xy) => p.forward([xy[0], xy[1]]) as Position;
    planar.set(key, f);
  }
  return f;
}
