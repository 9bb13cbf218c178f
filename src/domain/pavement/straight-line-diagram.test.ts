import { describe, expect, it } from 'vitest';
import { chainageToX, layoutSld, niceCeiling, niceStep } from './sld-layout';
import type { SldInput, SldPoint, SldRange } from './straight-line-diagram';
import { buildSld } from './straight-line-diagram';

const input: SldInput = {
  route: { code: 'QL.14', name: 'Kon Tum – Đắk Tô', start: 0, end: 10000 },
  window: { from: 2000, to: 6000 },
  surfaces: [
    { from: 0, to: 3000, surface: 'btn' },
    { from: 3000, to: 10000, surface: 'lang_nhua' },
  ],
  widths: [{ from: 0, to: 10000, width: 7 }],
  conditions: [
    { from: 1500, to: 2500, classCode: 'tot' },
    { from: 2500, to: 4000, classCode: 'kem' },
    { from: 7000, to: 8000, classCode: 'rat_kem' },
  ],
  iri: [
    { from: 2000, to: 3000, iri: 3.2 },
    { from: 3000, to: 4000, iri: 7.9 },
  ],
  bridges: [
    { id: 'b1', chainage: 2500, length: 60, name: 'Cầu Đắk Bla' },
    { id: 'b2', chainage: 9000, length: 30, name: 'Cầu xa' },
    { id: 'b3', chainage: 5999, length: 40, name: 'Cầu mép' },
  ],
  culverts: [
    { id: 'c1', chainage: 2100, code: 'C1' },
    { id: 'c2', chainage: 6500, code: 'C2' },
  ],
  kmPosts: [2, 3, 4, 5, 6, 7].map((km) => ({ chainage: km * 1000, km })),
  defects: [{ id: 'd1', from: 5950, to: 6100, type: 'o_ga', label: 'Ổ gà' }],
  inspections: [{ id: 'i1', chainage: 4000, date: '2026-11-20', kind: 'dinh_ky' }],
};

describe('straight-line diagram model', () => {
  const model = buildSld(input);
  const band = (id: string) => model.bands.find((b) => b.id === id)!;

  it('has the nine bands in order with Vietnamese titles', () => {
    expect(model.bands.map((b) => b.id)).toEqual([
      'surface',
      'width',
      'condition',
      'iri',
      'bridges',
      'culverts',
      'km_posts',
      'defects',
      'inspections',
    ]);
    expect(band('surface').title).toBe('Kết cấu mặt');
    expect(model.title).toBe('QL.14 – Kon Tum – Đắk Tô: Km 2+000 – Km 6+000');
  });

  it('clips stretches to the window and leaves out what lies outside it', () => {
    expect((band('surface').items as SldRange[]).map((r) => [r.from, r.to, r.label])).toEqual([
      [2000, 3000, 'Bê tông nhựa'],
      [3000, 6000, 'Láng nhựa'],
    ]);
    expect((band('condition').items as SldRange[]).map((r) => [r.from, r.to, r.code, r.colour])).toEqual([
      [2000, 2500, 'tot', '#1a9641'],
      [2500, 4000, 'kem', '#f07c24'],
    ]);
    expect((band('bridges').items as SldRange[]).map((r) => [r.id, r.from, r.to])).toEqual([
      ['b1', 2470, 2530],
      ['b3', 5979, 6000],
    ]);
    expect((band('culverts').items as SldPoint[]).map((p) => p.id)).toEqual(['c1']);
    expect((band('km_posts').items as SldPoint[]).map((p) => p.label)).toEqual([
      'Km 2',
      'Km 3',
      'Km 4',
      'Km 5',
      'Km 6',
    ]);
    expect((band('defects').items as SldRange[]).map((r) => [r.from, r.to])).toEqual([[5950, 6000]]);
    expect(band('iri').max).toBe(7.9);
  });

  it('speaks English on request', () => {
    const en = buildSld({ ...input, lang: 'en' });
    expect(en.bands[0]!.title).toBe('Surface');
    expect((en.bands[0]!.items[0] as SldRange).label).toBe('Asphalt concrete');
  });
});

describe('straight-line diagram layout', () => {
  it('picks 1-2-5 steps', () => {
    expect([
      niceStep(0.7),
      niceStep(3),
      niceStep(60),
      niceStep(1000),
      niceStep(1001),
      niceStep(4500),
    ]).toEqual([1, 5, 100, 1000, 2000, 5000]);
    expect(niceCeiling(7.9)).toBe(10);
  });

  it('maps chainage to x linearly over the axis', () => {
    expect(chainageToX(4400, 0, 8800, 110, 990)).toBe(550);
  });

  it('spaces ticks at the first 1-2-5 step that is far enough apart, and labels only those with room', () => {
    // Axis 110…990 over 10 km: 0.088 px per metre. 50 px apart needs 568 m → 1 km ticks; "Km 10+000"
    // at 6 px per glyph is 54 px + 8 px gap → 705 m → labels every 1 km too.
    const layout = layoutSld(buildSld({ ...input, window: { from: 0, to: 10000 } }), {
      width: 1000,
      titleWidth: 98,
    });
    expect([layout.x0, layout.x1]).toEqual([110, 988]);
    expect(layout.tickStep).toBe(1000);
    expect(layout.labelStep).toBe(1000);
    expect(layout.ticks.map((t) => t.chainage)).toEqual([
      0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000,
    ]);
    expect(layout.ticks[5]!.x).toBeCloseTo(110 + 5000 * layout.scale, 9);
    // On a narrow drawing the labels thin out to every 2 km while minor ticks stay at 1 km.
    const narrow = layoutSld(buildSld({ ...input, window: { from: 0, to: 10000 } }), {
      width: 700,
      minTickSpacing: 40,
    });
    expect([narrow.tickStep, narrow.labelStep]).toEqual([1000, 2000]);
    expect(narrow.ticks.filter((t) => t.label).map((t) => t.label)).toEqual([
      'Km 0+000',
      'Km 2+000',
      'Km 4+000',
      'Km 6+000',
      'Km 8+000',
      'Km 10+000',
    ]);
  });

  it('moves labels that would overlap to further rows, and hides them beyond the last row', () => {
    const model = buildSld({
      route: { code: 'X', start: 0, end: 1000 },
      culverts: [100, 105, 110, 115, 130, 500].map((c, i) => ({ id: `c${i}`, chainage: c, code: 'CỐNG' })),
    });
    // 1000 m over 1000 px; each label is 24 px wide (4 glyphs × 6 px) centred on its culvert and needs 4 px
    // clear of the one before it in its row: [100,124] row 0, [105,129] row 1, [110,134] row 2, [115,139]
    // fits no row, [130,154] fits row 0 again (130 ≥ 124 + 4).
    const layout = layoutSld(model, { width: 1000 + 24, titleWidth: 0, margin: 12, maxLabelRows: 3 });
    const culverts = layout.bands.find((b) => b.id === 'culverts')!;
    expect(culverts.points.map((p) => [p.x, p.labelRow])).toEqual([
      [112, 0],
      [117, 1],
      [122, 2],
      [127, -1],
      [142, 0],
      [512, 0],
    ]);
    expect(culverts.height).toBe(14 + 3 * 12);
  });

  it('shows a stretch label only when it fits, and draws the IRI profile as steps', () => {
    const layout = layoutSld(buildSld(input), { width: 1000 });
    const condition = layout.bands.find((b) => b.id === 'condition')!;
    expect(condition.ranges.map((r) => r.showLabel)).toEqual([true, true]);
    const iri = layout.bands.find((b) => b.id === 'iri')!;
    const { y, height } = iri;
    // Axis top 10 (next 1-2-5 above 7.9): IRI 3.2 sits at 32 % of the band height.
    expect(iri.profile!.top).toBe(10);
    expect(iri.profile!.path[0]![1]).toBeCloseTo(y + height - 0.32 * height, 9);
    expect(iri.profile!.path).toHaveLength(4);
  });
});
