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

export function transformPosition(p: Position, from: string, to: string): Position {
  return from === to ? p : converter(from, to).forward(p);
}
