import { describe, it, expect } from 'vitest';
import type { IdType } from './id-types';
import { checkName } from './name';

const WRONG_DOT = '姓名中的间隔点请输入半角英文句点“.”，不要输入“·”。';
const FULL_WIDTH_QUESTION = '字库中没有的字请用半角问号“?”代替，不要输入全角问号“？”。';

describe('checkName: mainland candidates', () => {
  it.each([
    ['张三', 'RESIDENT_ID'],
    ['欧阳娜娜', 'RESIDENT_ID'],
    ['𠀀明', 'RESIDENT_ID'], // a CJK Extension B character (two UTF-16 units)
    ['李〇', 'RESIDENT_ID'],
    ['王小明', 'OFFICER_ID'],
    ['张'.repeat(28), 'RESIDENT_ID'],
  ] as [string, IdType][])('R-NAME-1: %s (%s) is accepted', (name, idType) => {
    expect(checkName(name, idType)).toBeNull();
  });

  it.each([
    ['买买提.吐尔逊'],
    ['阿依古丽.买买提.艾力'],
    ['张?'], // one character missing from the font
    ['?明'],
    ['王??'], // two missing characters, one "?" each
    ['买买提.?'],
  ])('R-NAME-2: %s is accepted', (name) => {
    expect(checkName(name, 'RESIDENT_ID')).toBeNull();
  });

  it.each([
    ['', '请填写姓名。'],
    ['张 三', '姓名中不能有空格，请删除空格后重新填写。'],
    [' 张三', '姓名中不能有空格，请删除空格后重新填写。'],
    ['张\u3000三', '姓名中不能有空格，请删除空格后重新填写。'],
    ['张San', '大陆居民的姓名只能填写汉字，不能有字母，请按身份证上的姓名填写。'],
    ['Zhang San', '姓名中不能有空格，请删除空格后重新填写。'],
    ['ZhangSan', '大陆居民的姓名只能填写汉字，不能有字母，请按身份证上的姓名填写。'],
    ['张ｓａｎ', '大陆居民的姓名只能填写汉字，不能有字母，请按身份证上的姓名填写。'],
    ['张三2', '姓名中不能有数字，请按身份证上的姓名填写。'],
    ['张三２', '姓名中不能有数字，请按身份证上的姓名填写。'],
    ['张三-李', '姓名中不能有“-”：只能填写汉字，少数民族姓名的间隔点用半角“.”，字库中没有的字用半角“?”代替。'],
    ['张三，', '姓名中不能有“，”：只能填写汉字，少数民族姓名的间隔点用半角“.”，字库中没有的字用半角“?”代替。'],
    ['张'.repeat(29), '姓名最多28个字符，您填写了29个，请按证件上的姓名核对后重新填写。'],
  ])('R-NAME-1: %j → %s', (name, message) => {
    expect(checkName(name, 'RESIDENT_ID')).toBe(message);
  });

  it.each([
    ['买买提·吐尔逊', WRONG_DOT], // U+00B7, what the Chinese IME types
    ['买买提・吐尔逊', WRONG_DOT], // U+30FB
    ['买买提．吐尔逊', WRONG_DOT], // full-width full stop
    ['买买提。吐尔逊', WRONG_DOT],
    ['张？', FULL_WIDTH_QUESTION],
    ['.买买提', '姓名中的“.”只能用在两个字之间，不能放在开头或结尾。'],
    ['买买提.', '姓名中的“.”只能用在两个字之间，不能放在开头或结尾。'],
    ['买买提..吐尔逊', '姓名中的“.”不能连续输入，两个字之间只用一个“.”。'],
    ['??', '姓名中至少要有一个汉字，只有字库中没有的字才用“?”代替。'],
    ['?.?', '姓名中至少要有一个汉字，只有字库中没有的字才用“?”代替。'],
  ])('R-NAME-2: %j → %s', (name, message) => {
    expect(checkName(name, 'RESIDENT_ID')).toBe(message);
  });
});

describe('checkName: Taiwan, Hong Kong, Macau and foreign candidates', () => {
  it.each([
    ['Chan Tai Man', 'HK_ID'],
    ['陳大文', 'HK_ID'],
    ['陳大文 Chan Tai Man', 'HK_PERMIT'],
    ['Wang Xiaoming', 'TW_ID'],
    ['John Smith', 'PASSPORT'],
    ['Jean-Pierre Dupont', 'PASSPORT'],
    ["Sean O'Neil", 'PASSPORT'],
    ['Ludwig van Beethoven', 'PASSPORT'], // a lower-case particle keeps its case
    ['José Núñez', 'PASSPORT'],
    ['J. Smith', 'PASSPORT'],
    ['Mohammed Al?', 'PASSPORT'],
    ['Chan Tai Man', 'HMT_RESIDENCE'],
    ['Abcdefghij Abcdefghij Abcdef', 'PASSPORT'], // exactly 28 characters
  ] as [string, IdType][])('R-NAME-3: %s (%s) is accepted', (name, idType) => {
    expect(checkName(name, idType)).toBeNull();
  });

  it.each([
    ['', '请填写姓名。'],
    ['JOHN SMITH', '姓名中的英文字母除每个单词的首字母外请用小写，如“JOHN”应填写为“John”。'],
    ['John SMITH', '姓名中的英文字母除每个单词的首字母外请用小写，如“SMITH”应填写为“Smith”。'],
    ['JohnSmith', '姓名中的英文字母除每个单词的首字母外请用小写，如“JohnSmith”应填写为“Johnsmith”。'],
    ['Ｊｏｈｎ Smith', '姓名请使用半角字符填写（将输入法切换到半角），不要使用全角字母、数字或空格。'],
    ['John\u3000Smith', '姓名请使用半角字符填写（将输入法切换到半角），不要使用全角字母、数字或空格。'],
    ['John Smith 3', '姓名中不能有数字，请按证件上的姓名填写。'],
    [' John Smith', '姓名的开头和结尾不能有空格，请删除后重新填写。'],
    ['John Smith ', '姓名的开头和结尾不能有空格，请删除后重新填写。'],
    ['John  Smith', '姓名中的单词之间只能有一个空格，请删除多余的空格。'],
    ['John\tSmith', '姓名中不能有空格以外的空白字符，请按证件上的姓名填写（字母或汉字，单词之间用一个空格分隔）。'],
    ['John_Smith', '姓名中不能有“_”，请按证件上的姓名填写（字母或汉字，单词之间用一个空格分隔）。'],
    ['John,Smith', '姓名中不能有“,”，请按证件上的姓名填写（字母或汉字，单词之间用一个空格分隔）。'],
    ['-John', "姓名的开头和结尾不能是“.”“-”或“'”，请按证件上的姓名填写。"],
    ['John.', "姓名的开头和结尾不能是“.”“-”或“'”，请按证件上的姓名填写。"],
    ['John--Smith', "姓名中的“.”“-”“'”不能连续输入，请按证件上的姓名填写。"],
    ['John. -Smith', "姓名中的“.”“-”“'”不能连续输入，请按证件上的姓名填写。"],
    ['Abdul·Karim', WRONG_DOT],
    ['Chan Tai Man？', FULL_WIDTH_QUESTION],
    ['??', '姓名中至少要有一个字母或汉字，请按证件上的姓名填写。'],
    ['Abcdefghij Abcdefghij Abcdefg', '姓名最多28个字符，您填写了29个，请按证件上的姓名核对后重新填写。'],
  ])('R-NAME-3: %j → %s', (name, message) => {
    expect(checkName(name, 'PASSPORT')).toBe(message);
  });

  it.each(['TW_PERMIT', 'TW_ID', 'HK_PERMIT', 'HK_ID', 'MO_PERMIT', 'MO_ID', 'PASSPORT', 'HMT_RESIDENCE'] as IdType[])(
    'R-NAME-3: %s follows the non-mainland rule (letters allowed)',
    (idType) => {
      expect(checkName('Chan Tai Man', idType)).toBeNull();
      expect(checkName('Chan Tai Man', 'RESIDENT_ID')).not.toBeNull();
    },
  );
});
