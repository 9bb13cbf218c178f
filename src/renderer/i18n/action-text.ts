// An action (what a change did) in the UI's language; an unknown code (a newer service) says its English text.
import type { ActionCode } from '../../domain/changes/change-action';
import { isActionCode } from '../../domain/changes/change-action';
import type { Messages } from './i18n';

export interface ActionInfo {
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export function actionText(action: ActionInfo, m: Messages): string {
  return isActionCode(action.code) ? m.actions[action.code as ActionCode](action.params) : action.text;
}
