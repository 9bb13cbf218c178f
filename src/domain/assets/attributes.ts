// Attribute schemas built from the layer table, and the rules applied on every save.
import { z } from 'zod';
import type { FieldDef, LayerName } from './layers';
import { LAYERS } from './layers';
import { codes } from './vocabulary';
import { normaliseRoadCode } from './road-code';

export type AttributeValue = string | number | null;
export type Attributes = Record<string, AttributeValue>;

function fieldSchema(field: FieldDef): z.ZodType<AttributeValue> {
  switch (field.kind) {
    case 'text': {
      const s = z.string().transform((v) => v.normalize('NFC'));
      return (field.maxLength ? z.string().max(field.maxLength).pipe(s) : s).nullable();
    }
    case 'coded':
      return z.enum(codes(field.values ?? [])).nullable();
    case 'integer': {
      let n = z.number().int();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n.nullable();
    }
    case 'real': {
      let n = z.number().finite();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n.nullable();
    }
    case 'date':
      return z.iso.datetime({ offset: true }).or(z.iso.date()).nullable();
  }
}

const cache = new Map<LayerName, z.ZodType<Attributes>>();

/** Editable attributes of a layer: every field optional, unknown names rejected. */
export function attributesSchema(layer: LayerName): z.ZodType<Attributes> {
  let schema = cache.get(layer);
  if (!schema) {
    const shape: Record<string, z.ZodType<AttributeValue | undefined>> = {};
    for (const f of LAYERS[layer].fields) if (!f.computed) shape[f.name] = fieldSchema(f).optional();
    schema = z.strictObject(shape) as unknown as z.ZodType<Attributes>;
    cache.set(layer, schema);
  }
  return schema;
}

export class AttributeRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Domain rules applied after schema validation: road codes are stored normalised, raw text kept. */
export function applyAttributeRules(layer: LayerName, attrs: Attributes): Attributes {
  const out: Attributes = { ...attrs };
  const codeField = layer === 'roads' ? 'road_code' : 'route_code';
  const raw = out[codeField];
  if (typeof raw === 'string' && raw.trim() !== '') {
    const normalised = normaliseRoadCode(raw);
    if (!normalised) {
      throw new AttributeRuleError(
        codeField,
        `"${raw}" is not a road number RoadGIS recognises (expected e.g. QL.14, ĐT.671, ĐH.87, CT.01)`,
      );
    }
    out[codeField] = normalised.code;
    if (layer === 'roads' && out.road_code_raw === undefined) out.road_code_raw = raw;
  }
  return out;
}
