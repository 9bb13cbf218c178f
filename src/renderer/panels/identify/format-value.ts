// One attribute as people read it: coded values by name, chainage as Km+m, long lengths in km, units.
import type { FieldDef } from '../../../domain/assets/layers';
import { labelOf } from '../../../domain/assets/layers';
import { formatChainage } from '../../../domain/location/chainage';
import type { Lang } from '../../i18n/i18n';
import { localeOf } from '../../i18n/i18n';

const UNIT_TEXT: Record<string, { vi: string; en: string }> = {
  m: { vi: 'm', en: 'm' },
  km: { vi: 'km', en: 'km' },
  lane: { vi: 'làn', en: 'lanes' },
  span: { vi: 'nhịp', en: 'spans' },
  year: { vi: '', en: '' },
};

export function formatValue(field: FieldDef, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = (n: number) => n.toLocaleString(localeOf(lang), { maximumFractionDigits: 2 });
  const unit = (u: string) => UNIT_TEXT[u]?.[lang] ?? u;
  if (field.kind === 'coded') return labelOf(field.values, value, lang);
  if (field.name === 'chainage_m' || field.name === 'start_chainage_m') return formatChainage(Number(value));
  if (field.name === 'length_m' && Number(value) >= 10000) return `${number(Number(value) / 1000)} km`;
  if (typeof value === 'number' && field.kind !== 'integer')
    return field.unit ? `${number(value)} ${unit(field.unit)}` : number(value);
  if (field.unit && field.unit !== 'year') return `${String(value)} ${unit(field.unit)}`;
  return String(value);
}
