// Vietnamese search folding: "Cầu Đắk Bla", "CẦU ĐẮK BLA" and "cau dak bla" (typed in NFC or NFD) all become
// "cau dak bla". Diacritics go by Unicode decomposition, but đ/Đ is a letter of its own with no decomposition
// (FTS5's remove_diacritics keeps it too), so it is mapped to d by hand — as is Ð (U+00D0), which legacy font
// conversions (TCVN3, VNI) leave in place of Đ.

/** Lower case, no diacritics, đ → d, runs of white space as one space, trimmed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐðÐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The folded words of a text: runs of letters and digits (punctuation and symbols separate them). */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
