// Turns the schematic source data into features: curved road lines, bridges where roads meet streams,
// culverts every few kilometres. Seeded, so every run produces the same province.
import type { Position } from '../../src/domain/geometry/geojson';
import { lineLength, pointAlongLine } from '../../src/domain/location/linear-referencing';
import { converter } from '../../src/domain/location/transform';
import type { RouteSpec } from './kon-tum-data';
import { RIVERS } from './kon-tum-data';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Densifies each leg every ~400 m (in metres, working CRS) and bends it with a smooth sideways wave. */
export function curvedLine(via: Position[], crs: string, rand: () => number): Position[] {
  const c = converter('EPSG:4326', crs);
  const pts = via.map(c.forward);
  const out: Position[] = [pts[0]!];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const steps = Math.max(2, Math.round(len / 400));
    const amp = Math.min(900, len * 0.04) * (rand() * 0.8 + 0.4);
    const waves = 1 + Math.floor(rand() * 3);
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    for (let s = 1; s <= steps; s++) {
      const t = s / steps;
      const bend = Math.sin(Math.PI * t * waves) * amp * Math.sin(Math.PI * t);
      out.push([a[0] + (b[0] - a[0]) * t + nx * bend, a[1] + (b[1] - a[1]) * t + ny * bend]);
    }
  }
  return out.map((p) => {
    const [lon, lat] = c.inverse(p);
    return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  });
}

export interface PointAsset {
  position: Position;
  routeCode: string;
}

/** Points along a route at random spacing between min and max metres. */
export function pointsAlong(
  route: RouteSpec,
  line: Position[],
  crs: string,
  rand: () => number,
  min: number,
  max: number,
): Position[] {
  const c = converter('EPSG:4326', crs);
  const projected = line.map(c.forward);
  const total = lineLength(projected);
  const out: Position[] = [];
  for (let at = min * 0.5 + rand() * min; at < total - 200; at += min + rand() * (max - min)) {
    const [lon, lat] = c.inverse(pointAlongLine(projected, at));
    out.push([Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
  }
  return out;
}

export function bridgeAttributes(rand: () => number, index: number, route: RouteSpec) {
  const river = RIVERS[index % RIVERS.length]!;
  const spans = 1 + Math.floor(rand() * 5);
  const spanLength = [12, 18, 24, 33][Math.floor(rand() * 4)]!;
  const prestressed = spanLength >= 24;
  const year = route.yearBuilt - Math.floor(rand() * 12);
  return {
    name: `Cầu ${river}${index >= RIVERS.length ? ` ${Math.floor(index / RIVERS.length) + 1}` : ''}`,
    crossing: rand() < 0.9 ? 'song' : 'khe',
    length_m: Math.round(spans * spanLength + 2 * 6 + rand() * 3),
    width_m: route.width + (rand() < 0.5 ? 1 : 2),
    spans,
    span_arrangement: Array.from({ length: spans }, () => `${spanLength}`).join(' + ') + ' m',
    structure: prestressed ? 'dam_btct_dul' : rand() < 0.7 ? 'dam_btct' : 'ban',
    design_load: year >= 2006 ? 'HL-93' : 'H30-XB80',
    year_built: year,
    managing_unit: route.unit,
    notes: rand() < 0.2 ? 'Mố cầu có hiện tượng xói nhẹ, cần theo dõi mùa mưa' : null,
  };
}

export function culvertAttributes(rand: () => number, index: number, route: RouteSpec) {
  const type = rand() < 0.6 ? 'tron' : rand() < 0.7 ? 'hop' : 'ban';
  const aperture =
    type === 'tron'
      ? `D${[75, 100, 125, 150][Math.floor(rand() * 4)]}`
      : type === 'hop'
        ? `${1 + Math.floor(rand() * 3)}x${1 + Math.floor(rand() * 3)} m`
        : `${[0.75, 1, 1.5][Math.floor(rand() * 3)]} m`;
  return {
    code: `C-${route.code.replace(/[^0-9A-Z]/gu, '')}-${String(index + 1).padStart(3, '0')}`,
    culvert_type: type,
    aperture,
    length_m: Math.round((route.width + 2 + rand() * 4) * 10) / 10,
    material: type === 'tron' ? 'btct' : rand() < 0.5 ? 'btct' : 'da_xay',
    side: 'ngang',
    year_built: route.yearBuilt - Math.floor(rand() * 8),
    managing_unit: route.unit,
  };
}
