import { describe, it, expect } from 'vitest';
import { fieldsOf, parsed } from '../profile/test-support';
import { makeContactSchema } from './schema';

const mainland = makeContactSchema(true);
const other = makeContactSchema(false);
const CONTACT = {
  homePhone: '010-12345678',
  workPhone: '0755-1234567-123',
  mobile: '13812345678',
  email: 'zhangsan@example.com',
  address: { regionCode: '110101', regionText: '北京市东城区', street: '东四十条24号' },
  postalCode: '100010',
};

describe('makeContactSchema', () => {
  it('R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1: a complete mainland contact is kept as given', () => {
    expect(parsed(mainland, CONTACT)).toEqual(CONTACT);
  });

  it('R-TEL-1: emptied phone fields are not given; unknown keys are dropped', () => {
    const result = parsed(mainland, { ...CONTACT, homePhone: '', workPhone: null, role: 'NATIONAL_ADMIN' });
    expect(result).not.toHaveProperty('homePhone');
    expect(result).not.toHaveProperty('workPhone');
    expect(result).not.toHaveProperty('role');
  });

  it('R-PI-5: every missing required field is reported at once, by its JSON name', () => {
    expect(fieldsOf(mainland, {})).toEqual({
      mobile: '请填写手机号码。',
      email: '请填写电子邮箱。',
      address: '请填写联系地址。',
      postalCode: '请填写邮政编码。',
    });
  });

  it('R-PI-5: every wrong field is reported at once', () => {
    expect(
      fieldsOf(mainland, {
        homePhone: '01012345678',
        workPhone: '010—12345678',
        mobile: '1381234567',
        email: 'zhangsan',
        address: { regionCode: '110101', regionText: '北京市东城区', street: '东' },
        postalCode: '10001',
      }),
    ).toEqual({
      homePhone: '家庭电话的区号和号码之间要用“-”隔开，如 010-12345678，有分机号时如 0755-1234567-123。',
      workPhone: '单位电话中的连接号请使用半角“-”（英文状态下的减号），不要使用“—”“－”等符号，应填写为 010-12345678。',
      mobile: '大陆手机号码应为11位数字，您填写了10位，请核对后重新填写。',
      email: '电子邮箱格式不正确，请填写有效的地址，如 zhangsan@example.com。',
      address: '联系地址的街道、门牌号应为2至30个字，您填写了1个字，请修改后重新填写。',
      postalCode: '大陆地区的邮政编码应为6位数字，您填写了5位，请核对后重新填写。',
    });
  });

  it.each([
    ['mobile', '91234567', '大陆手机号码以“1”开头，共11位数字，请核对后重新填写。'],
    ['mobile', '13812345', '大陆手机号码应为11位数字，您填写了8位，请核对后重新填写。'],
    ['postalCode', '999077', null],
    ['postalCode', 'K1A0B1', '邮政编码只能填写数字，不能有“K”，请核对后重新填写。'],
  ])('R-MOB-1, R-ZIP-1: a mainland candidate with %s %j → %s', (field, value, message) => {
    expect(fieldsOf(mainland, { ...CONTACT, [field]: value })?.[field] ?? null).toBe(message);
  });

  it.each([
    ['mobile', '91234567'],
    ['postalCode', 'K1A0B1'],
    ['postalCode', '123'],
  ])('R-MOB-1, R-ZIP-1: a candidate from outside the mainland may give %s %j', (field, value) => {
    expect(parsed(other, { ...CONTACT, [field]: value })).toMatchObject({ [field]: value });
  });

  it.each([[null], ['text'], [[CONTACT]]])('R-PI-5: a body %j that is not an object is refused at the root', (body) => {
    const result = mainland.safeParse(body);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [], message: '请求内容应为 JSON 对象，请检查提交的数据。' }),
    ]);
  });
});
