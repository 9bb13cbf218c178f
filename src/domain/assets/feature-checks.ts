// One set of rules for every way a feature enters the project — a person's edit, an imported row, later a
// feature pulled from the server: the same checks in the same order, with the same coded reasons.
import type { Geometry } from '../geometry/geojson';
import type { Attributes } from './attributes';
import { AttributeRuleError, applyAttributeRules } from './attributes';
import type { ProjectArea } from './import-geometry';
import { prepareGeometry } from './import-geometry';
import type { ImportProblem } from './import-problems';
import { problem } from './import-problems';
import type { FieldDef, LayerName } from './layers';
import { LAYERS } from './layers';
import { valueConverter } from './value-conversion';

/** A problem with one field of a feature ('(geometry)' for its shape). */
export interface FieldProblem extends ImportProblem {
  field: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export const GEOMETRY_FIELD = '(geometry)';

/**
 * A geometry as one feature of the layer holds it: the layer's type (Point / LineString), finite, inside
 * Vietnam, near the project's zone, and a line with at least two distinct vertices.
 */
export function checkGeometry(layer: LayerName, geometry: Geometry, area?: ProjectArea): Checked<Geometry> {
  const want = LAYERS[layer].geometryType === 'POINT' ? 'Point' : 'LineString';
  const prepared = prepareGeometry(layer, geometry, area);
  if (!prepared.ok) return { ok: false, problems: [{ field: GEOMETRY_FIELD, ...prepared }] };
  if (geometry.type !== want) {
    const p =
      want === 'Point'
        ? problem('points_only', { layer: LAYERS[layer].en.toLowerCase(), type: geometry.type })
        : problem('lines_only', { type: geometry.type });
    return { ok: false, problems: [{ field: GEOMETRY_FIELD, ...p }] };
  }
  return { ok: true, value: geometry };
}

/**
 * Checks and converts attribute values for a layer: every name must be an editable field; each value is
 * converted to the field's type (numbers, codes from labels, dates) within its limits; then the domain rules
 * (road codes normalised). Build once per layer and reuse: coded values are looked up once each.
 */
export function attributeChecker(layer: LayerName): (input: Record<string, unknown>) => Checked<Attributes> {
  const fields = new Map<string, { def: FieldDef; convert: ReturnType<typeof valueConverter> }>();
  for (const def of LAYERS[layer].fields) fields.set(def.name, { def, convert: valueConverter(def) });
  const layerName = LAYERS[layer].en.toLowerCase();
  return (input) => {
    const problems: FieldProblem[] = [];
    let out: Attributes = {};
    for (const [name, raw] of Object.entries(input)) {
      const f = fields.get(name);
      if (!f) {
        problems.push({ field: name, ...problem('unknown_field', { layer: layerName, field: name }) });
        continue;
      }
      if (f.def.computed) {
        problems.push({ field: name, ...problem('computed_field', { field: name }) });
        continue;
      }
      const c = f.convert(raw);
      if (!c.ok) problems.push({ field: name, code: c.code, params: c.params, reason: c.reason });
      else if (f.def.maxLength && typeof c.value === 'string' && c.value.length > f.def.maxLength) {
        const p = problem('too_long', { length: c.value.length, field: name, max: f.def.maxLength });
        problems.push({ field: name, ...p });
      } else out[name] = c.value;
    }
    if (problems.length) return { ok: false, problems };
    try {
      out = applyAttributeRules(layer, out);
    } catch (e) {
      if (!(e instanceof AttributeRuleError)) throw e;
      const p = problem('road_code', { value: String(out[e.field] ?? '') });
      return { ok: false, problems: [{ field: e.field, ...p }] };
    }
    return { ok: true, value: out };
  };
}
