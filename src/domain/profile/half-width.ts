// "所有手工填写内容均须为半角" (the guide's table): the typing mistakes of numbers, found and explained.

// U+FF01–U+FF5E are the full-width forms of ASCII '!'…'~'; U+3000 is the ideographic space.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;
// What Chinese input methods put where an ASCII hyphen belongs: ‐ ‑ ‒ – — ― − ﹘ ﹣ － ー, and 一 ("yi"), which
// the guide itself prints between area code and number. Only number fields treat 一 as a dash.
const DASH_LOOKALIKES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u30FC\u4E00]/;
const DASH_LOOKALIKES_ALL = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u30FC\u4E00]/g;
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** `s` with full-width ASCII forms and the ideographic space folded to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** `s` with every dash look-alike (— – － 一 …) replaced by the ASCII hyphen, except characters `keep` allows. */
export function foldDashes(s: string, keep?: RegExp): string {
  return s.replace(DASH_LOOKALIKES_ALL, (c) => (keep?.test(c) ? c : '-'));
}

/** True when `s` holds a full-width character (letters, digits, punctuation, ideographic space). */
export function hasFullWidth(s: string): boolean {
  return FULL_WIDTH.test(s);
}

/** What a number field may hold: the allowed characters, their Chinese description, and whether "-" joins parts. */
export interface NumberChars {
  /** One allowed character (without the hyphen). */
  readonly char: RegExp;
  /** The allowed characters in words, e.g. 数字. */
  readonly words: string;
  /** True when "-" joins the parts of the number (phones). */
  readonly hyphen: boolean;
}

/** Digits only. */
export const DIGITS: NumberChars = { char: /[0-9]/, words: '数字', hyphen: false };
/** Half-width letters and digits. */
export const LETTERS_AND_DIGITS: NumberChars = { char: /[A-Za-z0-9]/, words: '字母或数字', hyphen: false };

/** What the candidate probably meant: half-width, ASCII hyphens, spaces turned into "-" or dropped. */
function foldNumber(value: string, chars: NumberChars): string {
  const folded = foldDashes(toHalfWidth(value), chars.char).trim();
  return chars.hyphen ? folded.replace(/\s*-\s*/g, '-').replace(/\s+/g, '-') : folded.replace(/[\s-]+/g, '');
}

/**
 * R-TEL-1, R-MOB-1, R-ZIP-1, R-DIP-1, R-CERTNO-1: what is wrong with the characters of a typed number, or null.
 * When folding the mistake away gives a number `isValid` accepts, the message shows that number to type instead.
 */
export function numberCharsProblem(
  label: string,
  value: string,
  chars: NumberChars,
  isValid: (fixed: string) => boolean = () => false,
): string | null {
  const problem = charsProblem(label, value, chars);
  if (problem === null) return null;
  const fixed = foldNumber(value, chars);
  return fixed !== value && isValid(fixed) ? `${problem.slice(0, -1)}，应填写为 ${fixed}。` : problem;
}

function charsProblem(label: string, value: string, chars: NumberChars): string | null {
  if (CONTROL.test(value)) return `${label}中有不可见的字符，请删除后重新填写。`;
  if (/\s/u.test(value)) {
    return chars.hyphen
      ? `${label}中不能有空格，各部分之间请用半角“-”连接。`
      : `${label}中不能有空格，请删除空格后重新填写。`;
  }
  if (hasFullWidth(value)) {
    return `${label}中有全角字符，请将输入法切换到半角（英文）状态后重新填写。`;
  }
  // 一 is also a Chinese numeral, which old diploma numbers may hold: a look-alike counts only where it is not allowed.
  if (Array.from(value).some((c) => DASH_LOOKALIKES.test(c) && !chars.char.test(c))) {
    return chars.hyphen
      ? `${label}中的连接号请使用半角“-”（英文状态下的减号），不要使用“—”“－”等符号。`
      : `${label}中不能有“-”等连接号，请只填写${chars.words}。`;
  }
  if (value.includes('-') && !chars.hyphen) return `${label}中不能有“-”等连接号，请只填写${chars.words}。`;
  for (const c of value) {
    if (c === '-' || chars.char.test(c)) continue;
    if (/[\p{P}\p{S}]/u.test(c)) {
      return `${label}中不能有标点符号（如“${c}”），请只填写${chars.words}${chars.hyphen ? '和“-”' : ''}。`;
    }
    return `${label}只能填写${chars.words}${chars.hyphen ? '和“-”' : ''}，不能有“${c}”，请核对后重新填写。`;
  }
  return null;
}
