import { describe, expect, it } from 'vitest';
import { BRIDGE_ELEMENTS, CORE_BRIDGE_ELEMENTS } from './bridge-elements';
import { DEFECT_GROUPS, DEFECT_TYPES, defectTypesFor } from './defect-catalogue';
import { DEFECTS_TABLE, INSPECTION_TABLES } from './inspection-tables';
import { EXTENT_UNITS, INSPECTION_KINDS } from './inspection-vocabulary';
import type { RatingScheme } from './rating-scheme';
import { DEFAULT_RATING_SCHEMES, defaultScheme, schemeProblems } from './rating-scheme';
import type { InspectionRecord } from './validate-inspection';
import { validateInspection, withDefaultScheme } from './validate-inspection';

const today = '2026-12-03';

const bridgeInspection = (): InspectionRecord => ({
  inspection: {
    inspection_kind: 'dinh_ky',
    target_layer: 'bridges',
    target_uid: '6f1c2a7e-0000-4000-8000-000000000001',
    route_code: 'QL.14',
    inspected_on: '2026-11-20',
    inspector: 'Nguyễn Văn An',
    weather: 'nang',
    rating_scheme: 'tinh_trang_4',
    overall_grade: 'trung_binh',
  },
  elements: [
    { element: 'ban_mat_cau', grade: 'tot' },
    { element: 'goi_cau', grade: 'kem', priority: 'truoc_mua_mua', note: 'Gối cao su nứt' },
  ],
  defects: [
    {
      defect_type: 'hu_goi_cau',
      element: 'goi_cau',
      from_chainage_m: 12350,
      extent: 2,
      unit: 'cai',
      severity: 'nang',
      priority: 'truoc_mua_mua',
    },
  ],
});

const fields = (record: InspectionRecord, extra: Partial<Parameters<typeof validateInspection>[1]> = {}) =>
  validateInspection(record, { today, ...extra }).map((p) => [p.field, p.code]);

describe('inspection validation', () => {
  it('accepts a complete bridge inspection', () => {
    expect(validateInspection(bridgeInspection(), { today })).toEqual([]);
  });

  it('names each missing required field', () => {
    const r = bridgeInspection();
    r.inspection = { target_layer: 'roads', rating_scheme: 'tinh_trang_4' };
    r.elements = [];
    r.defects = [];
    expect(fields(r)).toEqual([
      ['inspection_kind', 'required'],
      ['target_uid', 'required'],
      ['inspected_on', 'required'],
      ['inspector', 'required'],
    ]);
  });

  it('rejects unknown codes, bad dates and dates after today', () => {
    const r = bridgeInspection();
    r.inspection.inspection_kind = 'hang_ngay';
    r.inspection.weather = 'tuyet';
    expect(fields(r)).toEqual([
      ['inspection_kind', 'not_in_list'],
      ['weather', 'not_in_list'],
    ]);
    r.inspection = { ...bridgeInspection().inspection, inspected_on: '2026-02-30' };
    expect(fields(r)).toEqual([['inspected_on', 'not_date']]);
    r.inspection.inspected_on = '2026-12-04';
    expect(fields(r)).toEqual([['inspected_on', 'date_in_future']]);
  });

  it('checks grades against the chosen scheme', () => {
    const r = bridgeInspection();
    r.inspection.overall_grade = '3';
    r.elements[0]!.grade = 'xuat_sac';
    expect(fields(r)).toEqual([
      ['overall_grade', 'grade_not_in_scheme'],
      ['elements[0].grade', 'grade_not_in_scheme'],
    ]);
    r.inspection.rating_scheme = 'cap_1_5';
    r.elements[0]!.grade = '2';
    r.elements[1]!.grade = '4';
    expect(fields(r)).toEqual([]);
    r.inspection.rating_scheme = 'abc';
    expect(fields(r)).toEqual([['rating_scheme', 'unknown_scheme']]);
  });

  it('fills in the default scheme when none is chosen', () => {
    const r = bridgeInspection();
    delete r.inspection.rating_scheme;
    expect(withDefaultScheme(r).inspection.rating_scheme).toBe('tinh_trang_4');
  });

  it('rates elements only on bridges, once each, from the checklist', () => {
    const r = bridgeInspection();
    r.elements.push({ element: 'goi_cau', grade: 'tot' }, { element: 'cot_dien', grade: 'tot' });
    expect(fields(r)).toEqual([
      ['elements[2].element', 'duplicate_element'],
      ['elements[3].element', 'unknown_element'],
    ]);
    const road = bridgeInspection();
    road.inspection.target_layer = 'roads';
    road.defects = [];
    expect(fields(road)).toEqual([['elements', 'elements_only_for_bridges']]);
  });

  it('checks defects: catalogue, asset, unit, extent and range', () => {
    const r = bridgeInspection();
    r.inspection.target_layer = 'roads';
    r.elements = [];
    r.defects = [
      {
        defect_type: 'o_ga',
        from_chainage_m: 18600,
        to_chainage_m: 18650,
        side: 'phai',
        extent: 3.5,
        unit: 'm2',
      },
      { defect_type: 'nut_doc', extent: 12, unit: 'm2' },
      { defect_type: 'hu_goi_cau', unit: 'cai' },
      { defect_type: 'o_ga', extent: 0, unit: 'cai' },
      { defect_type: 'vo_mep', extent: 4 },
      { defect_type: 'lun_vet_banh', from_chainage_m: 22400, to_chainage_m: 18600, unit: 'm' },
      { defect_type: 'khong_co', side: 'tren' },
    ];
    expect(fields(r)).toEqual([
      ['defects[1].unit', 'unit_not_allowed'],
      ['defects[2].defect_type', 'defect_not_for_target'],
      ['defects[3].extent', 'extent_not_positive'],
      ['defects[4].unit', 'extent_without_unit'],
      ['defects[5].to_chainage_m', 'range_reversed'],
      ['defects[6].side', 'not_in_list'],
      ['defects[6].defect_type', 'unknown_defect_type'],
    ]);
  });

  it('checks defect chainages against the route when its extent is known', () => {
    const r = bridgeInspection();
    expect(fields(r, { routeExtent: { start: 0, end: 12000 } })).toEqual([
      ['defects[0].from_chainage_m', 'chainage_outside_route'],
    ]);
  });

  it('says each problem in English with the field first', () => {
    const r = bridgeInspection();
    r.defects[0]!.unit = 'm';
    const [p] = validateInspection(r, { today });
    expect(p!.text).toBe('defects[0].unit: hu_goi_cau is measured in cai, not m');
  });

  it('rejects names that are not fields of the table', () => {
    const r = bridgeInspection();
    r.inspection.colour = 'red';
    expect(fields(r)).toEqual([['colour', 'unknown_field']]);
  });
});

describe('rating schemes as data', () => {
  it('has exactly one default, and both defaults are marked unverified', () => {
    expect(defaultScheme(DEFAULT_RATING_SCHEMES)!.id).toBe('tinh_trang_4');
    expect(DEFAULT_RATING_SCHEMES.every((s) => !s.verified)).toBe(true);
    expect(schemeProblems(DEFAULT_RATING_SCHEMES)).toEqual([]);
  });

  it('reports a scheme a person configured badly', () => {
    const bad: RatingScheme[] = [
      { id: 'x', vi: 'X', en: 'X', isDefault: true, verified: false, grades: [] },
      {
        id: 'x',
        vi: 'X',
        en: 'X',
        isDefault: true,
        verified: false,
        grades: [
          { code: 'A', vi: 'A', en: 'A', rank: 1 },
          { code: 'A', vi: 'A', en: 'A', rank: 0 },
        ],
      },
    ];
    expect(schemeProblems(bad).map((p) => [p.field, p.code])).toEqual([
      ['schemes[0].grades', 'scheme_no_grades'],
      ['schemes[1].id', 'scheme_duplicate_id'],
      ['schemes[1].grades[1]', 'scheme_duplicate_grade'],
      ['schemes[1].grades[1].rank', 'scheme_bad_rank'],
      ['schemes', 'scheme_many_defaults'],
    ]);
  });
});

describe('vocabularies and tables', () => {
  it('lists the 20-line bridge checklist, covering the elements every inspection rates', () => {
    expect(BRIDGE_ELEMENTS).toHaveLength(20);
    const codes = new Set(BRIDGE_ELEMENTS.map((e) => e.code));
    expect(codes.size).toBe(20);
    for (const c of CORE_BRIDGE_ELEMENTS) expect(codes.has(c)).toBe(true);
  });

  it('files every defect type under one of the eight patrol groups, in known units', () => {
    expect(DEFECT_GROUPS).toHaveLength(8);
    const groups = new Set(DEFECT_GROUPS.map((g) => g.code));
    const units = new Set(EXTENT_UNITS.map((u) => u.code));
    for (const t of DEFECT_TYPES) {
      expect(groups.has(t.group)).toBe(true);
      expect(t.units.length).toBeGreaterThan(0);
      for (const u of t.units) expect(units.has(u)).toBe(true);
    }
    expect(new Set(DEFECT_TYPES.map((t) => t.code)).size).toBe(DEFECT_TYPES.length);
  });

  it('offers culvert defects on culverts and pavement distresses on roads', () => {
    const culvert = defectTypesFor('culverts').map((t) => t.code);
    expect(culvert).toContain('tac_cong');
    expect(culvert).not.toContain('o_ga');
    expect(defectTypesFor('roads').map((t) => t.code)).toContain('o_ga');
  });

  it('has the inspection kinds of domain-vn §4.3', () => {
    expect(INSPECTION_KINDS.map((k) => k.code)).toEqual([
      'thuong_xuyen',
      'dinh_ky',
      'dot_xuat',
      'truoc_mua_mua_bao',
      'sau_mua_mua_bao',
      'kiem_dinh',
    ]);
  });

  it('defines tables with unique field names and Vietnamese headings', () => {
    for (const t of INSPECTION_TABLES) {
      const names = t.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of t.fields) expect(f.vi.length).toBeGreaterThan(0);
    }
    expect(DEFECTS_TABLE.geometryType).toBe('POINT');
  });
});
