// Messages as a code and its values — so each UI can say them in its own language — plus the English sentence
// the CLI and API print. Row problems (import-problems.ts), notices on how a file was read (interchange-notices.ts)
// and failures that stop an import (interchange-failures.ts) are catalogues of this one shape.
export type TextParams = Record<string, string | number>;

/** One English (or other language's) sentence per code; a missing code fails the type check. */
export type TextCatalog<C extends string> = Record<C, (p: TextParams) => string>;

export interface CodedText<C extends string> {
  code: C;
  params: TextParams;
  text: string;
}

/** A parameter as text, '' when absent. */
export const param = (p: TextParams, k: string): string => String(p[k] ?? '');

export function codedText<C extends string>(
  catalog: TextCatalog<C>,
  code: C,
  params: TextParams = {},
): CodedText<C> {
  return { code, params, text: catalog[code](params) };
}
