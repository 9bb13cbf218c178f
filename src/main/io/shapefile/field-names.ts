// DBF field names are at most 10 characters: long RoadGIS names get fixed short names (so exports are stable
// and imports map back), anything else is cut and made unique. The mapping is written next to the shapefile.
const SHORT: Record<string, string> = {
  road_code_raw: 'RD_CODE_RW',
  management_level: 'MGMT_LEVEL',
  technical_grade: 'TECH_GRADE',
  surface_type: 'SURFACE',
  managing_unit: 'MANAGER',
  start_chainage_m: 'START_KM_M',
  span_arrangement: 'SPAN_ARRNG',
  culvert_type: 'CULV_TYPE',
  created_at: 'CREATED',
  created_by: 'CREATED_BY',
  updated_at: 'UPDATED',
  updated_by: 'UPDATED_BY',
  chainage_m: 'CHAINAGE_M',
  design_load: 'DESIGNLOAD',
};

export function shortFieldNames(names: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    let base = (SHORT[name] ?? name).slice(0, 10);
    let candidate = base;
    for (let i = 1; used.has(candidate.toUpperCase()); i++) {
      const suffix = `_${i}`;
      base = base.slice(0, 10 - suffix.length);
      candidate = `${base}${suffix}`;
    }
    used.add(candidate.toUpperCase());
    out.set(name, candidate);
  }
  return out;
}

/** Long name for a DBF field written by RoadGIS (case-insensitive), or undefined. */
export function longFieldName(short: string): string | undefined {
  const hit = Object.entries(SHORT).find(([, s]) => s.toLowerCase() === short.toLowerCase());
  return hit?.[0];
}
