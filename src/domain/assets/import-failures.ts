// Why a whole import (or its preview) stops: a code and its values, so each UI can say it in its own language,
// plus the English sentence the CLI and API print. Per-row reasons are problems (import-problems.ts).
import type { CodedText, TextCatalog, TextParams } from './coded-text';
import { codedText, param } from './coded-text';

export type FailureCode =
  | 'unreadable'
  | 'crs_required'
  | 'crs_unknown'
  | 'no_source_field'
  | 'no_attribute'
  | 'rows_rejected'
  | 'cancelled';

export type Failure = CodedText<FailureCode>;

const s = param;

export const FAILURE_TEXT_EN: TextCatalog<FailureCode> = {
  unreadable: (p) => s(p, 'detail'),
  crs_required: (p) => `${s(p, 'file')}: the coordinate system is unknown; choose it (crs)`,
  crs_unknown: (p) => `Unknown CRS "${s(p, 'crs')}"`,
  no_source_field: (p) => `${s(p, 'file')} has no field "${s(p, 'field')}" (it has ${s(p, 'fields')})`,
  no_attribute: (p) => `${s(p, 'layer')} have no editable attribute "${s(p, 'attribute')}"`,
  rows_rejected: (p) =>
    `${s(p, 'count')} row(s) of ${s(p, 'file')} cannot be imported; nothing was imported. Fix them, or import the valid rows only.`,
  cancelled: () => 'Import cancelled: nothing was imported',
};

export function failure(code: FailureCode, params: TextParams = {}): Failure {
  return codedText(FAILURE_TEXT_EN, code, params);
}
