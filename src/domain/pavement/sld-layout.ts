// Layout of a straight-line diagram for a given drawing width: chainage → x, "nice" tick spacing, band rows,
// and labels moved to further rows (or hidden) so none overlap. Pure arithmetic, in the drawing's own units
// (CSS pixels on screen, points in a PDF), so screen and paper show the same diagram.
import { formatSignedChainage } from '../location/routes/chainage-range';
import type { SldBand, SldBandId, SldModel, SldPoint, SldRange } from './straight-line-diagram';

export interface SldLayoutOptions {
  /** Width of the whole drawing. */
  width: number;
  /** Width of the column of band titles on the left. */
  titleWidth?: number;
  /** Space left and right of the axis. */
  margin?: number;
  /** Smallest distance between two ticks. */
  minTickSpacing?: number;
  fontSize?: number;
  /** Width of a text at fontSize; default: an average glyph of 0.6 em. */
  measure?: (text: string) => number;
  /** Label rows a point band may use before labels are hidden. */
  maxLabelRows?: number;
}

export interface Tick {
  chainage: number;
  x: number;
  /** Only labelled ticks carry text; the others are minor marks. */
  label: string | null;
}

export interface PlacedRange extends SldRange {
  x0: number;
  x1: number;
  /** Whether the label fits inside the stretch. */
  showLabel: boolean;
}

export interface PlacedPoint extends SldPoint {
  x: number;
  /** Label row (0 = nearest the symbol), or -1 when there is no room for the label. */
  labelRow: number;
  labelX0: number;
  labelX1: number;
}

export interface PlacedBand {
  id: SldBandId;
  title: string;
  type: SldBand['type'];
  y: number;
  height: number;
  ranges: PlacedRange[];
  points: PlacedPoint[];
  /** Profile bands: the polyline (x, y in drawing units) and the value at the band's top. */
  profile?: { path: Array<[number, number]>; top: number };
}

export interface SldLayout {
  width: number;
  height: number;
  /** Left and right ends of the chainage axis. */
  x0: number;
  x1: number;
  /** Drawing units per metre of chainage. */
  scale: number;
  /** Metres between ticks, and between labelled ticks. */
  tickStep: number;
  labelStep: number;
  ticks: Tick[];
  axisY: number;
  bands: PlacedBand[];
}

const NICE = [1, 2, 5];

/** The smallest 1-2-5 × 10ⁿ step (metres) at least `min` metres long. */
export function niceStep(min: number): number {
  if (!(min > 0)) return 1;
  let power = 10 ** Math.floor(Math.log10(min));
  for (;;) {
    for (const n of NICE) if (n * power >= min) return n * power;
    power *= 10;
  }
}

/** A profile axis top: the next 1-2-5 value at or above the data's maximum. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  return niceStep(max);
}

/** chainage → x for a window drawn between x0 and x1. */
export function chainageToX(chainage: number, from: number, to: number, x0: number, x1: number): number {
  return x0 + ((chainage - from) * (x1 - x0)) / (to - from || 1);
}

const BAND_HEIGHT = { ranges: 18, profile: 60, points: 14 };
const ROW = 12;
const GAP = 4;

export function layoutSld(model: SldModel, options: SldLayoutOptions): SldLayout {
  const fontSize = options.fontSize ?? 10;
  const measure = options.measure ?? ((t: string) => t.length * fontSize * 0.6);
  const titleWidth = options.titleWidth ?? 110;
  const margin = options.margin ?? 12;
  const maxRows = options.maxLabelRows ?? 3;
  const x0 = titleWidth + margin;
  const x1 = Math.max(x0 + 1, options.width - margin);
  const span = Math.max(1e-9, model.to - model.from);
  const scale = (x1 - x0) / span;
  const x = (c: number) => chainageToX(c, model.from, model.to, x0, x1);

  const tickStep = niceStep((options.minTickSpacing ?? 50) / scale);
  // Labelled ticks must leave room for the widest label they may carry.
  const widest = measure(formatSignedChainage(Math.floor(model.to)));
  const labelStep = Math.max(tickStep, niceStep((widest + 2 * GAP) / scale));
  const ticks: Tick[] = [];
  for (let k = Math.ceil(model.from / tickStep - 1e-9); k * tickStep <= model.to + 1e-9; k++) {
    const at = Math.round(k * tickStep * 1e6) / 1e6 + 0;
    const labelled = Math.abs(at / labelStep - Math.round(at / labelStep)) < 1e-9;
    ticks.push({ chainage: at, x: x(at), label: labelled ? formatSignedChainage(at) : null });
  }

  let y = fontSize + 2 * GAP;
  const axisY = y;
  y += GAP * 2;
  const bands: PlacedBand[] = model.bands.map((band) => {
    const placed = placeBand(band, x, measure, maxRows);
    const rows = Math.max(0, ...placed.points.map((p) => p.labelRow + 1));
    const height = band.type === 'points' ? BAND_HEIGHT.points + rows * ROW : BAND_HEIGHT[band.type];
    const out: PlacedBand = { id: band.id, title: band.title, type: band.type, y, height, ...placed };
    if (band.type === 'profile')
      out.profile = profilePath(placed.ranges, y, height, niceCeiling(band.max ?? 0));
    y += height + GAP;
    return out;
  });
  return { width: options.width, height: y, x0, x1, scale, tickStep, labelStep, ticks, axisY, bands };
}

function placeBand(
  band: SldBand,
  x: (c: number) => number,
  measure: (t: string) => number,
  maxRows: number,
): { ranges: PlacedRange[]; points: PlacedPoint[] } {
  const ranges: PlacedRange[] = [];
  const points: PlacedPoint[] = [];
  // The right end of the last label in each row.
  const rowEnds: number[] = [];
  for (const item of band.items) {
    if (item.kind === 'range') {
      const x0 = x(item.from);
      const x1 = Math.max(x(item.to), x0 + 1);
      ranges.push({ ...item, x0, x1, showLabel: measure(item.label) + 2 * GAP <= x1 - x0 });
      continue;
    }
    const px = x(item.at);
    const w = measure(item.label);
    const labelX0 = px - w / 2;
    const labelX1 = px + w / 2;
    let row = rowEnds.findIndex((end) => labelX0 >= end + GAP);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row >= 0) rowEnds[row] = labelX1;
    points.push({ ...item, x: px, labelRow: row, labelX0, labelX1 });
  }
  return { ranges, points };
}

/** A step line through the stretches' values, y measured down from the band's top. */
function profilePath(
  ranges: readonly PlacedRange[],
  top: number,
  height: number,
  max: number,
): { path: Array<[number, number]>; top: number } {
  const y = (v: number) => top + height - (Math.min(v, max) / max) * height;
  const path: Array<[number, number]> = [];
  for (const r of ranges) {
    const v = y(r.value ?? 0);
    path.push([r.x0, v], [r.x1, v]);
  }
  return { path, top: max };
}
