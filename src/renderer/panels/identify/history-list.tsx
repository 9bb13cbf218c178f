// A feature's change history (who, when, old → new), read when the person opens it and read again when the
// feature changes (its version moves).
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { MethodOutput } from '../../../api/contract';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYERS } from '../../../domain/assets/layers';
import { useApp, useTexts } from '../../state/app-context';
import { formatValue } from './format-value';

type Entry = MethodOutput<'history.feature'>[number];

interface HistoryListProps {
  layer: LayerName;
  uid: string;
  version: number;
}

export function HistoryList({ layer, uid, version }: HistoryListProps) {
  const app = useApp();
  const m = useTexts();
  const open = useSignal(false);
  const entries = useSignal<readonly Entry[] | null>(null);
  const isOpen = open.value;
  useEffect(() => {
    if (!isOpen) return;
    let current = true;
    app.client.call('history.feature', { layer, uid }).then((e) => {
      if (current) entries.value = e;
    }, app.status.fail);
    return () => {
      current = false;
    };
  }, [app, layer, uid, version, isOpen, entries]);
  const fields = LAYERS[layer].fields;
  const what = (op: Entry['op']) => (op === 'insert' ? m.created : op === 'delete' ? m.deleted : m.updated);
  const show = (name: string, value: unknown) => {
    const field = fields.find((f) => f.name === name);
    return field ? formatValue(field, value, m.lang) : String(value ?? '—');
  };
  return (
    <details class="history" open={isOpen} onToggle={(e) => (open.value = e.currentTarget.open)}>
      <summary>{m.history}</summary>
      {isOpen && entries.value && (
        <ol>
          {entries.value.map((e) => (
            <li key={e.seq}>
              {`${new Date(e.time).toLocaleString(app.language.locale.value)} — ${what(e.op)} ${m.by} ${e.author}`}
              {e.op === 'update' && e.changes.length > 0 && (
                <ul>
                  {e.changes.map((c) => (
                    <li key={c.field}>
                      {`${fields.find((f) => f.name === c.field)?.[m.lang] ?? c.field}: ${show(c.field, c.before)} → ${show(c.field, c.after)}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
