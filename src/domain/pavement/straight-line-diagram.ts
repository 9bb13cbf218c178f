// The straight-line diagram (sơ đồ duỗi thẳng) of one route as data: a chainage axis and bands for surface
// type, width, condition class, IRI, bridges, culverts, km posts, defects and inspections, every item placed
// by chainage and clipped to the window shown. The renderer and the PDF writer draw this same model through
// the same layout (sld-layout.ts).
import type { CodedValue } from '../assets/vocabulary';
import { SURFACE_TYPES } from '../assets/vocabulary';
import { formatSignedChainage } from '../location/routes/chainage-range';
import type { ConditionSchemeId } from './condition-classes';
import { CONDITION_SCHEMES } from './condition-classes';

export type Lang = 'vi' | 'en';

export type SldBandId =
  'surface' | 'width' | 'condition' | 'iri' | 'bridges' | 'culverts' | 'km_posts' | 'defects' | 'inspections';

/** A stretch of the band (surface, width, condition, IRI, a defect over a length, a long bridge). */
export interface SldRange {
  kind: 'range';
  /** The feature's uid where there is one: a click goes to it on the map. */
  id?: string;
  from: number;
  to: number;
  code?: string;
  value?: number;
  label: string;
  colour?: string;
}

/** Something at one chainage (a culvert, a km post, a short bridge, an inspection). */
export interface SldPoint {
  kind: 'point';
  id?: string;
  at: number;
  code?: string;
  label: string;
}

export type SldItem = SldRange | SldPoint;

export interface SldBand {
  id: SldBandId;
  title: string;
  /** ranges: coloured stretches; points: symbols with labels; profile: a line of values over chainage. */
  type: 'ranges' | 'points' | 'profile';
  items: SldItem[];
  /** For a profile: the value range its axis should cover. */
  max?: number;
}

export interface SldModel {
  route: string;
  title: string;
  from: number;
  to: number;
  bands: SldBand[];
}

interface Ranged {
  from: number;
  to: number;
}

export interface SldInput {
  route: { code: string; name?: string; start: number; end: number };
  /** The chainage window shown (default: the whole route). */
  window?: { from: number; to: number };
  lang?: Lang;
  surfaces?: Array<Ranged & { surface: string; id?: string }>;
  widths?: Array<Ranged & { width: number; id?: string }>;
  conditionScheme?: ConditionSchemeId;
  conditions?: Array<Ranged & { classCode: string; surveyDate?: string }>;
  iri?: Array<Ranged & { iri: number }>;
  bridges?: Array<{ id: string; chainage: number; length?: number | null; name?: string | null }>;
  culverts?: Array<{ id: string; chainage: number; code?: string | null }>;
  kmPosts?: Array<{ id?: string; chainage: number; km: number }>;
  defects?: Array<{ id: string; from: number; to?: number | null; type: string; label?: string }>;
  inspections?: Array<{ id: string; chainage: number; date: string; kind: string }>;
}

const TITLES: Record<SldBandId, { vi: string; en: string }> = {
  surface: { vi: 'Kết cấu mặt', en: 'Surface' },
  width: { vi: 'Bề rộng (m)', en: 'Width (m)' },
  condition: { vi: 'Tình trạng', en: 'Condition' },
  iri: { vi: 'IRI (m/km)', en: 'IRI (m/km)' },
  bridges: { vi: 'Cầu', en: 'Bridges' },
  culverts: { vi: 'Cống', en: 'Culverts' },
  km_posts: { vi: 'Cột Km', en: 'Km posts' },
  defects: { vi: 'Hư hỏng', en: 'Defects' },
  inspections: { vi: 'Kiểm tra', en: 'Inspections' },
};

const labelOf = (values: readonly CodedValue[], code: string, lang: Lang) =>
  values.find((v) => v.code === code)?.[lang] ?? code;

/** A stretch clipped to the window, or null when it lies outside. */
function clip<T extends Ranged>(r: T, from: number, to: number): T | null {
  const a = Math.max(r.from, from);
  const b = Math.min(r.to, to);
  return b > a ? { ...r, from: a, to: b } : null;
}

const inWindow = (at: number, from: number, to: number) => at >= from && at <= to;

export function buildSld(input: SldInput): SldModel {
  const lang = input.lang ?? 'vi';
  const from = input.window?.from ?? input.route.start;
  const to = input.window?.to ?? input.route.end;
  const ranges = <T extends Ranged>(list: readonly T[] | undefined, make: (r: T) => SldRange): SldRange[] =>
    (list ?? []).flatMap((r) => {
      const c = clip(r, from, to);
      return c ? [make(c)] : [];
    });
  const points = <T>(
    list: readonly T[] | undefined,
    at: (t: T) => number,
    make: (t: T) => SldPoint,
  ): SldPoint[] => (list ?? []).filter((t) => inWindow(at(t), from, to)).map(make);
  const band = (id: SldBandId, type: SldBand['type'], items: SldItem[], max?: number): SldBand => ({
    id,
    title: TITLES[id][lang],
    type,
    items: items.sort((a, b) => (a.kind === 'range' ? a.from : a.at) - (b.kind === 'range' ? b.from : b.at)),
    ...(max !== undefined ? { max } : {}),
  });
  const classes = CONDITION_SCHEMES[input.conditionScheme ?? '4'];
  const iri = ranges(input.iri, (r) => ({
    kind: 'range',
    from: r.from,
    to: r.to,
    value: r.iri,
    label: r.iri.toFixed(1),
  }));

  return {
    route: input.route.code,
    title: `${input.route.code}${input.route.name ? ` – ${input.route.name}` : ''}: ${formatSignedChainage(from)} – ${formatSignedChainage(to)}`,
    from,
    to,
    bands: [
      band(
        'surface',
        'ranges',
        ranges(input.surfaces, (r) => ({
          kind: 'range',
          ...(r.id ? { id: r.id } : {}),
          from: r.from,
          to: r.to,
          code: r.surface,
          label: labelOf(SURFACE_TYPES, r.surface, lang),
        })),
      ),
      band(
        'width',
        'ranges',
        ranges(input.widths, (r) => ({
          kind: 'range',
          ...(r.id ? { id: r.id } : {}),
          from: r.from,
          to: r.to,
          value: r.width,
          label: r.width.toFixed(1),
        })),
      ),
      band(
        'condition',
        'ranges',
        ranges(input.conditions, (r) => {
          const c = classes.find((x) => x.code === r.classCode);
          return {
            kind: 'range',
            from: r.from,
            to: r.to,
            code: r.classCode,
            label: c ? c[lang] : r.classCode,
            ...(c ? { colour: c.colour } : {}),
          };
        }),
      ),
      band('iri', 'profile', iri, Math.max(0, ...iri.map((r) => r.value ?? 0))),
      band('bridges', 'ranges', bridgeItems(input.bridges ?? [], from, to)),
      band(
        'culverts',
        'points',
        points(
          input.culverts,
          (c) => c.chainage,
          (c) => ({
            kind: 'point',
            id: c.id,
            at: c.chainage,
            label: c.code ?? formatSignedChainage(c.chainage),
          }),
        ),
      ),
      band(
        'km_posts',
        'points',
        points(
          input.kmPosts,
          (p) => p.chainage,
          (p) => ({ kind: 'point', ...(p.id ? { id: p.id } : {}), at: p.chainage, label: `Km ${p.km}` }),
        ),
      ),
      band(
        'defects',
        'ranges',
        (input.defects ?? []).flatMap((d): SldRange[] => {
          const c = clip({ from: d.from, to: Math.max(d.from, d.to ?? d.from) }, from, to);
          if (!c && !inWindow(d.from, from, to)) return [];
          const r = c ?? { from: d.from, to: d.from };
          return [
            { kind: 'range', id: d.id, from: r.from, to: r.to, code: d.type, label: d.label ?? d.type },
          ];
        }),
      ),
      band(
        'inspections',
        'points',
        points(
          input.inspections,
          (i) => i.chainage,
          (i) => ({ kind: 'point', id: i.id, at: i.chainage, code: i.kind, label: i.date }),
        ),
      ),
    ],
  };
}

/** Bridges as stretches over their length when it is known (centred on their chainage), else as a point width. */
function bridgeItems(bridges: NonNullable<SldInput['bridges']>, from: number, to: number): SldRange[] {
  return bridges.flatMap((b) => {
    const half = (b.length ?? 0) / 2;
    const c = clip({ from: b.chainage - half, to: b.chainage + half }, from, to);
    if (!c && !inWindow(b.chainage, from, to)) return [];
    const r = c ?? { from: b.chainage, to: b.chainage };
    return [
      { kind: 'range', id: b.id, from: r.from, to: r.to, label: b.name ?? formatSignedChainage(b.chainage) },
    ];
  });
}
