// Why an edit, an undo or opening a project cannot go ahead: codes and values (each UI says them in its own
// language) plus the English sentence the CLI and API print.
import type { CodedText, TextCatalog, TextParams } from '../assets/coded-text';
import { codedText, param as s } from '../assets/coded-text';

export type ChangeFailureCode =
  | 'feature_exists'
  | 'feature_missing'
  | 'feature_not_found'
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  | 'changed_since'
  | 'project_locked';

export const CHANGE_FAILURE_TEXT_EN: TextCatalog<ChangeFailureCode> = {
  feature_exists: (p) => `feature ${s(p, 'uid')} already exists in ${s(p, 'layer')}`,
  feature_missing: (p) => `feature ${s(p, 'uid')} no longer exists in ${s(p, 'layer')}`,
  feature_not_found: (p) => `No ${s(p, 'layer')} feature has uid ${s(p, 'uid')}`,
  nothing_to_undo: () => 'Nothing to undo',
  nothing_to_redo: () => 'Nothing to redo',
  changed_since: (p) =>
    `Cannot ${s(p, 'what')}: feature ${s(p, 'uid')} in ${s(p, 'layer')} has changed since that edit`,
  project_locked: (p) =>
    `${s(p, 'path')} is open in another RoadGIS process${p.pid ? ` (pid ${s(p, 'pid')})` : ''}`,
};

export function changeFailure(
  code: ChangeFailureCode,
  params: TextParams = {},
): CodedText<ChangeFailureCode> {
  return codedText(CHANGE_FAILURE_TEXT_EN, code, params);
}
