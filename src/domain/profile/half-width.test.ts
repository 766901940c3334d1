import { describe, it, expect } from 'vitest';
import { foldDashes, toHalfWidth } from './half-width';
import { checkPlainText, textLength } from './plain-text';

describe('half-width and plain-text helpers', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['ＡＢＣａｂｃ', 'ABCabc'],
    ['２００９－０６', '2009-06'],
    ['（１）', '(1)'],
    ['a\u3000b', 'a b'],
    ['北京市', '北京市'],
  ])('R-YM-1, R-TEL-1: toHalfWidth(%j) is %j', (value, expected) => {
    expect(toHalfWidth(value)).toBe(expected);
  });

  it.each([
    ['010—12345678', '010-12345678'],
    ['010–12345678', '010-12345678'],
    ['010‐12345678', '010-12345678'],
    ['010−12345678', '010-12345678'],
    ['010－12345678', '010-12345678'],
    ['010一12345678', '010-12345678'],
    ['010-12345678', '010-12345678'],
  ])('R-TEL-1: foldDashes(%j) is %j', (value, expected) => {
    expect(foldDashes(value)).toBe(expected);
  });

  it('R-DIP-1: foldDashes keeps a character the field allows (一 in an old diploma number)', () => {
    expect(foldDashes('京字第一号—1', /\p{Script=Han}/u)).toBe('京字第一号-1');
  });

  it.each([
    ['东四十条24号', 7],
    ['Room 12', 7],
    ['𠀀号', 2], // a character outside the BMP counts once
  ])('R-ADDR-1: textLength(%j) is %i', (value, length) => {
    expect(textLength(value)).toBe(length);
  });

  it.each([
    ['科主任', null],
    ['', '职务最多20个字，您填写了0个字，请修改后重新填写。'],
    ['科\u200b主任', '职务中有不可见的字符，请删除后重新填写。'],
    ['ＩＣＵ主任', '职务中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。'],
  ])('R-PI-7: checkPlainText(%j) → %s', (value, message) => {
    expect(checkPlainText(value, '职务', 1, 20)).toBe(message);
  });
});
