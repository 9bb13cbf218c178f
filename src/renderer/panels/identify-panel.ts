// Identify: the attributes of the clicked feature, labelled and formatted for people (coded values by name,
// chainage as Km+m, units), then its change history.
import type { RoadGisClient } from '../../api/contract';
import type { FieldDef, LayerName } from '../../domain/assets/layers';
import { LAYERS, labelOf } from '../../domain/assets/layers';
import { formatChainage } from '../../domain/location/chainage';
import { lang, t } from '../i18n/i18n';

const UNIT_TEXT: Record<string, { vi: string; en: string }> = {
  m: { vi: 'm', en: 'm' },
  km: { vi: 'km', en: 'km' },
  lane: { vi: 'làn', en: 'lanes' },
  span: { vi: 'nhịp', en: 'spans' },
  year: { vi: '', en: '' },
};

function formatValue(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.kind === 'coded') return labelOf(field.values, value, lang());
  if (field.name === 'chainage_m' || field.name === 'start_chainage_m') return formatChainage(Number(value));
  if (field.name === 'length_m' && Number(value) >= 10000) {
    return `${(Number(value) / 1000).toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })} km`;
  }
  if (typeof value === 'number' && field.kind !== 'integer') {
    const text = value.toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
    return field.unit ? `${text} ${UNIT_TEXT[field.unit]?.[lang()] ?? field.unit}` : text;
  }
  if (field.unit && field.unit !== 'year') return `${value} ${UNIT_TEXT[field.unit]?.[lang()] ?? field.unit}`;
  return String(value);
}

function row(label: string, value: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.textContent = label;
  const td = document.createElement('td');
  td.textContent = value;
  tr.append(th, td);
  return tr;
}

export class IdentifyPanel {
  private current: { layer: LayerName; uid: string; properties: Record<string, unknown> } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly client: RoadGisClient,
  ) {
    this.renderEmpty();
  }

  renderEmpty(message = t().identifyHint): void {
    this.current = null;
    this.root.replaceChildren();
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = message;
    this.root.append(p);
  }

  show(layer: LayerName, uid: string, properties: Record<string, unknown>): void {
    this.current = { layer, uid, properties };
    this.render();
  }

  refresh(): void {
    if (this.current) this.render();
    else this.renderEmpty();
  }

  private render(): void {
    const { layer, uid, properties } = this.current!;
    const def = LAYERS[layer];
    const title = document.createElement('h2');
    const name = properties.name ?? properties.code ?? properties.road_code ?? '';
    title.textContent = `${def.item[lang()]}: ${String(name)}`;
    const table = document.createElement('table');
    table.className = 'attributes';
    table.dataset.layer = layer;
    for (const f of def.fields) {
      if (f.name === 'road_code_raw') continue;
      table.append(row(f[lang()], formatValue(f, properties[f.name])));
    }
    const history = document.createElement('details');
    history.className = 'history';
    const summary = document.createElement('summary');
    summary.textContent = t().history;
    history.append(summary);
    history.addEventListener('toggle', () => {
      if (history.open) void this.loadHistory(layer, uid, history);
    });
    this.root.replaceChildren(title, table, history);
  }

  private async loadHistory(layer: LayerName, uid: string, target: HTMLElement): Promise<void> {
    const entries = await this.client.call('history.feature', { layer, uid });
    const list = document.createElement('ol');
    for (const e of entries) {
      const li = document.createElement('li');
      const what = e.op === 'insert' ? t().created : e.op === 'delete' ? t().deleted : t().updated;
      const when = new Date(e.time).toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB');
      li.textContent = `${when} — ${what} ${t().by} ${e.author}`;
      if (e.op === 'update' && e.changes.length) {
        const ul = document.createElement('ul');
        for (const c of e.changes) {
          const item = document.createElement('li');
          item.textContent = `${c.field}: ${String(c.before ?? '—')} → ${String(c.after ?? '—')}`;
          ul.append(item);
        }
        li.append(ul);
      }
      list.append(li);
    }
    target.querySelector('ol')?.remove();
    target.append(list);
  }
}
