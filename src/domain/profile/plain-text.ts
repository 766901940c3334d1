// Short free texts typed by hand (a position, a unit's or school's name, the street part of an address).

// Control and format characters (NUL, BEL, zero-width space …) print as nothing and break the printed forms.
const CONTROL = /[\p{Cc}\p{Cf}]/u;
// "所有手工填写内容均须为半角": full-width letters, digits and the ideographic space; Chinese punctuation stays allowed.
const FULL_WIDTH_ALNUM_SPACE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/;

/** The length of typed text as the guide counts it: each character is one, Chinese or not. */
export function textLength(s: string): number {
  return Array.from(s).length;
}

/** R-PI-5: what is wrong with a short free text (names, positions), or null: no hidden or full-width characters, min–max long. */
export function checkPlainText(value: string, label: string, min: number, max: number): string | null {
  if (CONTROL.test(value)) return `${label}中有不可见的字符，请删除后重新填写。`;
  if (FULL_WIDTH_ALNUM_SPACE.test(value)) {
    return `${label}中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。`;
  }
  const length = textLength(value);
  if (length < min || length > max) {
    const range = min > 1 ? `应为${min}至${max}个字` : `最多${max}个字`;
    return `${label}${range}，您填写了${length}个字，请修改后重新填写。`;
  }
  return null;
}
