// The tooltip of the undo and redo buttons: what they would take back or do again, said from the action's code
// and values in the UI's language ("Hoàn tác: Nhập 120 cống từ cong.shp").
import type { Messages } from '../../i18n/i18n';
import type { HistoryInfo } from '../../state/history';
import { actionText } from '../../i18n/action-text';

export function historyTooltip(
  kind: 'undo' | 'redo',
  action: HistoryInfo['undo'] | undefined,
  m: Messages,
): string {
  if (!action) return '';
  const what = actionText(action, m);
  return kind === 'undo' ? m.undoOf(what) : m.redoOf(what);
}
