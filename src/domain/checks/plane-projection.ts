// Projecting a whole province's vertices (2 million at 100k roads) into the working CRS for the checks.
// proj4 allocates a few objects per point, and the garbage they leave cost more than the maths; this writes
// the same transverse Mercator (Krüger's series to n⁶, evaluated by Clenshaw summation, as PROJ's and
// proj4's extended tmerc do) straight into a Float64Array. It is the working CRS's projection WITHOUT the
// datum shift, exactly what `measuringProjection` computes (equal to it within a micrometre; tested).
// CRSs other than a transverse Mercator on the WGS 84 ellipsoid fall back to `measuringProjection`.
import type { Position } from '../geometry/geojson';
import { getCrs } from '../location/crs';
import { planarProjection } from '../location/measure';

export interface PlaneProjector {
  point(p: Position): Position;
  /** Writes x, y of every position into `out` from index `at` (x at `at`, y at `at + 1`, …). */
  line(coords: readonly Position[], out: Float64Array, at: number): void;
}

/** A projector from any point function (the identity for features already in a plane). */
export function projectorOf(project: (p: Position) => Position): PlaneProjector {
  return {
    point: project,
    line(coords, out, at) {
      for (let i = 0; i < coords.length; i++) {
        const q = project(coords[i]!);
        out[at + 2 * i] = q[0];
        out[at + 2 * i + 1] = q[1];
      }
    },
  };
}

const A_WGS84 = 6378137;
const F_WGS84 = 1 / 298.257223563;

interface TmParams {
  lon0: number;
  k0: number;
  x0: number;
  y0: number;
}

function tmParams(proj4: string): TmParams | null {
  const get = (key: string) => new RegExp(String.raw`\+${key}=(\S+)`, 'u').exec(proj4)?.[1];
  const onWgs84 = get('ellps') === 'WGS84' || get('datum') === 'WGS84';
  if (!onWgs84) return null;
  if (get('proj') === 'utm') {
    const zone = Number(get('zone'));
    if (!Number.isInteger(zone) || proj4.includes('+south')) return null;
    return { lon0: zone * 6 - 183, k0: 0.9996, x0: 500000, y0: 0 };
  }
  if (get('proj') !== 'tmerc' || Number(get('lat_0') ?? 0) !== 0) return null;
  return {
    lon0: Number(get('lon_0') ?? 0),
    k0: Number(get('k') ?? get('k_0') ?? 1),
    x0: Number(get('x_0') ?? 0),
    y0: Number(get('y_0') ?? 0),
  };
}

function krugerTm({ lon0, k0, x0, y0 }: TmParams): PlaneProjector {
  const f = F_WGS84;
  const n = f / (2 - f);
  const e = Math.sqrt(f * (2 - f));
  const n2 = n * n;
  const n3 = n2 * n;
  const n4 = n3 * n;
  const n5 = n4 * n;
  const n6 = n5 * n;
  const scale = k0 * (A_WGS84 / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
  // Krüger's α coefficients (Karney 2011, eq. 35).
  const alpha = [
    n / 2 - (2 * n2) / 3 + (5 * n3) / 16 + (41 * n4) / 180 - (127 * n5) / 288 + (7891 * n6) / 37800,
    (13 * n2) / 48 - (3 * n3) / 5 + (557 * n4) / 1440 + (281 * n5) / 630 - (1983433 * n6) / 1935360,
    (61 * n3) / 240 - (103 * n4) / 140 + (15061 * n5) / 26880 + (167603 * n6) / 181440,
    (49561 * n4) / 161280 - (179 * n5) / 168 + (6601661 * n6) / 7257600,
    (34729 * n5) / 80640 - (3418889 * n6) / 1995840,
    (212378941 * n6) / 319334400,
  ];
  const rad = Math.PI / 180;
  const project = (lon: number, lat: number, out: Float64Array | Position, at: number) => {
    const s = Math.sin(lat * rad);
    const lam = (lon - lon0) * rad;
    // Conformal latitude (as tan), then the spherical transverse Mercator ξ′, η′.
    const t = Math.sinh(Math.atanh(s) - e * Math.atanh(e * s));
    const cl = Math.cos(lam);
    const r = Math.sqrt(t * t + cl * cl);
    const xi1 = Math.atan2(t, cl);
    const u = Math.sin(lam) / Math.sqrt(1 + t * t); // tanh η′
    const eta1 = Math.atanh(u);
    // sin, cos of 2ξ′ and sinh, cosh of 2η′ from the ratios above: no more transcendental calls.
    const sx = t / r;
    const cx = cl / r;
    const s2 = 2 * sx * cx;
    const c2 = cx * cx - sx * sx;
    const w = 1 / (1 - u * u);
    const sh = 2 * u * w;
    const ch = (1 + u * u) * w;
    // Σ αj sin(2j ζ′) with ζ′ = ξ′ + iη′, by Clenshaw's recurrence on complex numbers.
    const ar = 2 * c2 * ch;
    const ai = -2 * s2 * sh;
    let y1r = 0;
    let y1i = 0;
    let y2r = 0;
    let y2i = 0;
    for (let k = alpha.length - 1; k >= 0; k--) {
      const yr = ar * y1r - ai * y1i - y2r + alpha[k]!;
      const yi = ar * y1i + ai * y1r - y2i;
      y2r = y1r;
      y2i = y1i;
      y1r = yr;
      y1i = yi;
    }
    const sr = s2 * ch;
    const si = c2 * sh;
    out[at] = x0 + scale * (eta1 + y1r * si + y1i * sr);
    out[at + 1] = y0 + scale * (xi1 + y1r * sr - y1i * si);
  };
  return {
    point(p) {
      const out: Position = [0, 0];
      project(p[0], p[1], out, 0);
      return out;
    },
    line(coords, out, at) {
      for (let i = 0; i < coords.length; i++) project(coords[i]![0], coords[i]![1], out, at + 2 * i);
    },
  };
}

/** The working CRS's plane (metres, no datum shift), fast for transverse Mercator zones. */
export function planeProjector(workingCrs: string): PlaneProjector {
  const fallback = planarProjection(workingCrs); // also refuses a geographic CRS
  const params = tmParams(getCrs(workingCrs).proj4);
  return params ? krugerTm(params) : projectorOf(fallback);
}
