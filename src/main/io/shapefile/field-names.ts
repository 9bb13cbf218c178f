import { DBF_SHORT_NAMES } from '../../../domain/assets/field-matching';

// DBF field names are at most 10 characters: long RoadGIS names get fixed short names (so exports are stable
// and imports map back), anything else is cut and made unique. The mapping is written next to the shapefile.
const SHORT = DBF_SHORT_NAMES;

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
