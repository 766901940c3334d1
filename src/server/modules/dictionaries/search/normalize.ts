/** The longest query searched; a longer one answers nothing. */
export const MAX_QUERY_LENGTH = 50;

const NEEDS_NORMALIZING = /[A-Z０-９Ａ-Ｚａ-ｚ]/;

/**
 * The text a name or a query is compared in: ASCII letters lower-cased and full-width digits and letters (typed
 * with the IME in full-width mode) made ASCII; every other character, punctuation included, is kept as is.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(/[A-Z０-９Ａ-Ｚａ-ｚ]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code >= 0xff00 ? code - 0xfee0 : code).toLowerCase();
  });
}

/** Whether a normalized query can match pinyin forms (only digits and Latin letters). */
export function isAlphanumeric(text: string): boolean {
  return /^[0-9a-z]+$/.test(text);
}
