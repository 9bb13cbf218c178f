// The tooltip of the undo and redo buttons: what they would take back or do again. The one place that turns
// the service's label into words (the labels are about to become a code and values instead of a sentence).
import type { HistoryInfo } from '../../state/history';
import type { Messages } from '../../i18n/i18n';

export function historyTooltip(label: HistoryInfo['undoLabel'], _m: Messages): string {
  return label ?? '';
}
