// What a transaction did, as a code and its values (design.md §15: words are not data). The store keeps this;
// the renderer and the CLI say it in their own language. Undo and redo transactions carry the action they
// reverse or repeat, so "Undo: import 120 bridges" needs no text stored anywhere.
import type { TextCatalog, TextParams } from '../assets/coded-text';
import { param } from '../assets/coded-text';
import { LAYERS } from '../assets/layers';
import type { LayerName } from '../assets/layers';

export type ActionCode =
  | 'feature.create'
  | 'feature.update'
  | 'feature.delete'
  | 'import'
  /** A label written by RoadGIS before actions were codes, kept as it was (params.text). */
  | 'legacy';

export interface ChangeAction {
  code: ActionCode;
  params: TextParams;
}

export const ACTION_CODES: readonly ActionCode[] = [
  'feature.create',
  'feature.update',
  'feature.delete',
  'import',
  'legacy',
];

export function isActionCode(v: string): v is ActionCode {
  return (ACTION_CODES as readonly string[]).includes(v);
}

const layerEn = (p: TextParams) => {
  const layer = param(p, 'layer');
  return layer in LAYERS ? LAYERS[layer as LayerName].item.en.toLowerCase() : layer;
};
const layerPluralEn = (p: TextParams) => {
  const layer = param(p, 'layer');
  return layer in LAYERS ? LAYERS[layer as LayerName].en.toLowerCase() : layer;
};

/** English, for the CLI and API sentences; the renderer has its own catalogues. */
export const ACTION_TEXT_EN: TextCatalog<ActionCode> = {
  'feature.create': (p) => `Add ${layerEn(p)}`,
  'feature.update': (p) => `Edit ${layerEn(p)}`,
  'feature.delete': (p) => `Delete ${layerEn(p)}`,
  import: (p) => `Import ${param(p, 'count')} ${layerPluralEn(p)} from ${param(p, 'file')}`,
  legacy: (p) => param(p, 'text'),
};

const LEGACY_LAYERS: Record<string, LayerName> = { đường: 'roads', cầu: 'bridges', cống: 'culverts' };

/**
 * The action of a label written by an earlier RoadGIS (Vietnamese sentences such as "Thêm cầu", "Nhập 12 cống
 * từ x.shp", "Hoàn tác: Sửa đường"). Used once, when such a project is upgraded or its journal replayed.
 */
export function legacyAction(label: string): ChangeAction {
  const text = label.replace(/^(Hoàn tác: )+/u, '');
  const edit = /^(Thêm|Sửa|Xoá) (đường|cầu|cống)$/u.exec(text);
  if (edit) {
    const code =
      edit[1] === 'Thêm' ? 'feature.create' : edit[1] === 'Sửa' ? 'feature.update' : 'feature.delete';
    return { code, params: { layer: LEGACY_LAYERS[edit[2]!]! } };
  }
  const imported = /^Nhập (\d+) (đường|cầu|cống) từ (.*)$/su.exec(text);
  if (imported) {
    return {
      code: 'import',
      params: { count: Number(imported[1]), layer: LEGACY_LAYERS[imported[2]!]!, file: imported[3]! },
    };
  }
  return { code: 'legacy', params: { text } };
}
