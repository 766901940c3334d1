import { isMainlandIdType, type IdType } from './id-types';

/** R-NAME-1, R-NAME-3: the longest name the forms print. */
export const MAX_NAME_LENGTH = 28;

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
// What candidates type for the minority-name dot instead of the ASCII "." of R-NAME-2 (· ・ • ‧ ∙ ⋅ ． 。).
const WRONG_DOTS = /[\u00B7\u30FB\u2022\u2027\u2219\u22C5\uFF0E\u3002]/;
const FULL_WIDTH = /[\u3000\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const DIGIT = /[0-9\uFF10-\uFF19]/;

const WRONG_DOT_MESSAGE = '姓名中的间隔点请输入半角英文句点“.”，不要输入“·”。';
const FULL_WIDTH_QUESTION_MESSAGE = '字库中没有的字请用半角问号“?”代替，不要输入全角问号“？”。';

/** R-NAME-1, R-NAME-2, R-NAME-3: null when `name` may be registered with this ID type, else what to correct. */
export function checkName(name: string, idType: IdType): string | null {
  if (name === '') return '请填写姓名。';
  const message = isMainlandIdType(idType) ? checkMainlandName(name) : checkOtherName(name);
  if (message) return message;
  const length = Array.from(name).length;
  if (length > MAX_NAME_LENGTH) {
    return `姓名最多${MAX_NAME_LENGTH}个字符，您填写了${length}个，请按证件上的姓名核对后重新填写。`;
  }
  return null;
}

function checkMainlandName(name: string): string | null {
  if (/\s/u.test(name)) return '姓名中不能有空格，请删除空格后重新填写。';
  if (WRONG_DOTS.test(name)) return WRONG_DOT_MESSAGE;
  if (name.includes('？')) return FULL_WIDTH_QUESTION_MESSAGE;
  if (LATIN.test(name)) return '大陆居民的姓名只能填写汉字，不能有字母，请按身份证上的姓名填写。';
  if (DIGIT.test(name)) return '姓名中不能有数字，请按身份证上的姓名填写。';
  for (const c of name) {
    if (c !== '.' && c !== '?' && !HAN.test(c)) {
      return `姓名中不能有“${c}”：只能填写汉字，少数民族姓名的间隔点用半角“.”，字库中没有的字用半角“?”代替。`;
    }
  }
  // R-NAME-2: the dot separates two parts of a minority name; "?" stands for one character, so it counts as one.
  if (name.startsWith('.') || name.endsWith('.')) return '姓名中的“.”只能用在两个字之间，不能放在开头或结尾。';
  if (name.includes('..')) return '姓名中的“.”不能连续输入，两个字之间只用一个“.”。';
  if (!HAN.test(name)) return '姓名中至少要有一个汉字，只有字库中没有的字才用“?”代替。';
  return null;
}

function checkOtherName(name: string): string | null {
  if (FULL_WIDTH.test(name)) return '姓名请使用半角字符填写（将输入法切换到半角），不要使用全角字母、数字或空格。';
  if (WRONG_DOTS.test(name)) return WRONG_DOT_MESSAGE;
  if (name.includes('？')) return FULL_WIDTH_QUESTION_MESSAGE;
  if (DIGIT.test(name)) return '姓名中不能有数字，请按证件上的姓名填写。';
  for (const c of name) {
    // Besides letters and Chinese characters, names on foreign documents carry spaces, "." "-" and "'" (Jean-Pierre O'Neil).
    if (!LATIN.test(c) && !HAN.test(c) && !" .-'?".includes(c)) {
      const shown = /\s/u.test(c) ? '空格以外的空白字符' : `“${c}”`;
      return `姓名中不能有${shown}，请按证件上的姓名填写（字母或汉字，单词之间用一个空格分隔）。`;
    }
  }
  if (name.startsWith(' ') || name.endsWith(' ')) return '姓名的开头和结尾不能有空格，请删除后重新填写。';
  if (name.includes('  ')) return '姓名中的单词之间只能有一个空格，请删除多余的空格。';
  if (/^[.\-']|[.\-']$/.test(name)) return "姓名的开头和结尾不能是“.”“-”或“'”，请按证件上的姓名填写。";
  if (/[.\-'] ?[.\-']/.test(name)) return "姓名中的“.”“-”“'”不能连续输入，请按证件上的姓名填写。";
  // R-NAME-3: within a word only the first letter may be a capital (ZHANG SAN → Zhang San); particles like "van" stay lower-case.
  for (const word of name.match(/\p{Script=Latin}+/gu) ?? []) {
    if (/\p{Lu}/u.test(word.slice(1))) {
      return `姓名中的英文字母除每个单词的首字母外请用小写，如“${word}”应填写为“${titleCase(word)}”。`;
    }
  }
  if (!LATIN.test(name) && !HAN.test(name)) return '姓名中至少要有一个字母或汉字，请按证件上的姓名填写。';
  return null;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
