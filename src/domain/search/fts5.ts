// What goes into, and what is asked of, the project's FTS5 search index (design §2: SQLite WASM has FTS5).
// The index column holds folded words plus one token per road code, so any FTS5 tokenizer (unicode61 by
// default) sees plain lower-case words, and "cau dak bla" or "ql14" match without the index knowing Vietnamese.
// A suggested table: CREATE VIRTUAL TABLE search USING fts5(layer UNINDEXED, uid UNINDEXED, text).
import { foldedWords } from './fold';
import { findRoadCodes, roadCodeToken } from './road-code-tokens';

/** The text to store in the FTS5 column for a feature's searchable values (name, code, route, …). */
export function searchIndexText(values: ReadonlyArray<string | number | null | undefined>): string {
  const words: string[] = [];
  const codes: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const text = String(value);
    words.push(...foldedWords(text));
    const whole = roadCodeToken(text);
    if (whole) codes.push(whole);
    for (const m of findRoadCodes(text)) codes.push(m.token);
  }
  return [...new Set([...words, ...codes])].join(' ');
}

/** More words than anyone types into a search box; keeps a pasted paragraph from becoming a huge query. */
const MAX_TERMS = 12;

/**
 * The FTS5 MATCH expression for what a person has typed so far: every word a prefix term, all required
 * ("cau dak b" → "cau"* "dak"* "b"*), road codes as one term ("QL 14" → "ql14"*). Each term is a quoted
 * string of letters and digits only, so quotes, `*`, `-`, parentheses, NEAR, AND/OR/NOT or column filters
 * typed by the user are plain text, never syntax. Null when nothing searchable was typed.
 */
export function ftsMatchExpression(typed: string): string | null {
  const terms = [...new Set(foldedWordsWithCodes(typed))].slice(0, MAX_TERMS);
  return terms.length === 0 ? null : terms.map((t) => `"${t}"*`).join(' ');
}

/** The folded words of a query, with each road-code mention ("ql 14", "quốc lộ 14") as its single token. */
export function foldedWordsWithCodes(typed: string): string[] {
  const folded = foldedWords(typed).join(' ');
  const mentions = findRoadCodes(folded);
  const out: string[] = [];
  let from = 0;
  for (const m of mentions) {
    out.push(...(folded.slice(from, m.start).match(/[\p{L}\p{N}]+/gu) ?? []), m.token);
    from = m.end;
  }
  out.push(...(folded.slice(from).match(/[\p{L}\p{N}]+/gu) ?? []));
  return out;
}
