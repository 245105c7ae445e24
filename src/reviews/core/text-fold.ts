// Letters that do not decompose under NFD but should still match their plain form.
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd' };

/**
 * Lower-case with diacritics removed ("Żółta Łódź" → "zolta lodz"): what search and the
 * content filter compare, so that a shopper typing without Polish or Czech letters still finds.
 */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łßøæđ]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** The words of a folded text (letters and digits), for whole-word matching. */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Escapes a folded search term for `LIKE … ESCAPE '!'`. */
export function likePattern(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
