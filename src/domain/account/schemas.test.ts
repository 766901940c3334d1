import { describe, it, expect, expectTypeOf } from 'vitest';
import type { z } from 'zod';
import { zodIssuesToFields } from '../shared/validation';
import {
  FIELD_LABELS,
  birthDateSchema,
  changePasswordFormSchema,
  changePasswordSchema,
  changeSecuritySchema,
  emailSchema,
  genderSchema,
  loginSchema,
  makeRegistrationFormSchema,
  makeRegistrationSchema,
  passwordSchema,
  recoverFormSchema,
  recoverSchema,
  registrationSchema,
  securityAnswerSchema,
  securityQuestionSchema,
  usernameSchema,
  type Registration,
} from './schemas';

const TODAY = '2025-06-15';
const registration = makeRegistrationSchema(() => TODAY);
const registrationForm = makeRegistrationFormSchema(() => TODAY);

const RESIDENT = {
  username: 'zhang_san',
  password: 'Abc123',
  securityQuestion: '我的小学叫什么？',
  securityAnswer: '实验小学',
  email: 'zhangsan@example.com',
  name: '张三',
  idType: 'RESIDENT_ID',
  idNumber: '110101199003071233',
  nationality: 'CN',
  ethnicity: '01',
};
const FOREIGNER = {
  ...RESIDENT,
  name: 'John Smith',
  idType: 'PASSPORT',
  idNumber: 'E12345678',
  gender: 'M',
  birthDate: '1988-08-08',
  nationality: 'US',
  ethnicity: '97',
};

/** The `fields` object the server would answer, or null when the input is valid. */
function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> | null {
  const result = schema.safeParse(input);
  return result.success ? null : zodIssuesToFields(result.error.issues);
}

describe('registrationSchema: valid registrations', () => {
  it.each([
    ['gender and birth date left out', {}],
    ['matching gender and birth date given', { gender: 'M', birthDate: '1990-03-07' }],
    ['null gender and birth date', { gender: null, birthDate: null }],
  ])('R-SEX-1, R-DOB-1: resident ID with %s → derived from the number', (_title, extra) => {
    const result = registration.safeParse({ ...RESIDENT, ...extra });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ gender: 'M', birthDate: '1990-03-07' });
  });

  it.each([
    ['11010519491231002X', 'F', '1949-12-31'],
    ['110105200706150019', 'M', '2007-06-15'], // 18 today
    ['110105194906160045', 'F', '1949-06-16'], // 75, 76 tomorrow
  ])('R-SEX-1, R-DOB-1, R-AGE-1: %s → %s born %s', (idNumber, gender, birthDate) => {
    const result = registration.safeParse({ ...RESIDENT, idNumber });
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject({ gender, birthDate });
  });

  it('R-SEX-1, R-DOB-1: a passport keeps the typed gender and birth date', () => {
    const result = registration.safeParse({ ...FOREIGNER, gender: 'F' });
    expect(result.data).toMatchObject({ gender: 'F', birthDate: '1988-08-08', idType: 'PASSPORT' });
  });

  it('R-ACC-1: the output is exactly the registration fields, trimmed where the rule says', () => {
    const result = registration.parse({
      ...RESIDENT,
      securityQuestion: '  我的小学叫什么？ ',
      securityAnswer: ' 实验小学 ',
      email: ' zhangsan@example.com ',
    });
    expect(result).toEqual({
      ...RESIDENT,
      securityQuestion: '我的小学叫什么？',
      securityAnswer: '实验小学',
      email: 'zhangsan@example.com',
      gender: 'M',
      birthDate: '1990-03-07',
    });
  });

  it('R-ACC-1: unknown keys are stripped, so a client can never set its role or status', () => {
    const result = registration.parse({
      ...RESIDENT,
      role: 'NATIONAL_ADMIN',
      status: 'ACTIVE',
      id: 1,
      firstLogin: false,
    });
    expect(result).not.toHaveProperty('role');
    expect(result).not.toHaveProperty('status');
    expect(result).not.toHaveProperty('id');
    expect(result).not.toHaveProperty('firstLogin');
  });

  it('R-ACC-1: the default schema reads today in China', () => {
    expect(registrationSchema.safeParse(RESIDENT).success).toBe(true);
  });

  it('R-SEX-1, R-DOB-1: Registration always carries gender and birth date', () => {
    expectTypeOf<Registration['gender']>().toEqualTypeOf<'M' | 'F'>();
    expectTypeOf<Registration['birthDate']>().toEqualTypeOf<string>();
  });
});

describe('registrationSchema: refused registrations', () => {
  it.each([
    [
      'R-SEX-1: a gender that disagrees with the resident ID',
      { ...RESIDENT, gender: 'F' },
      { gender: '性别与身份证号码不符：按身份证号码应为“男”，请改正或不填（居民身份证的性别由号码确定）。' },
    ],
    [
      'R-DOB-1: a birth date that disagrees with the resident ID',
      { ...RESIDENT, birthDate: '1990-03-08' },
      { birthDate: '出生日期与身份证号码不符：按身份证号码应为 1990-03-07，请改正或不填。' },
    ],
    [
      'R-SEX-1, R-DOB-1: a passport without gender or birth date',
      { ...FOREIGNER, gender: undefined, birthDate: undefined },
      { gender: '请选择性别。', birthDate: '请填写出生日期。' },
    ],
    [
      'R-SEX-1: a gender that is not M or F',
      { ...FOREIGNER, gender: 'X' },
      { gender: '性别不在可选范围内，请从列表中重新选择。' },
    ],
    [
      'R-DOB-1: a birth date not in YYYY-MM-DD',
      { ...FOREIGNER, birthDate: '1988/08/08' },
      { birthDate: '出生日期的格式应为“年-月-日”，如 1990-03-07，请重新填写。' },
    ],
    [
      'R-DOB-1: a birth date that does not exist',
      { ...FOREIGNER, birthDate: '1988-02-30' },
      { birthDate: '出生日期不存在（如2月30日），请核对后重新填写。' },
    ],
    [
      'R-AGE-1: a resident ID one day short of 18 (reported on idNumber)',
      { ...RESIDENT, idNumber: '110105200706160022' },
      { idNumber: '报考需年满18周岁且不超过75周岁，按出生日期您目前17周岁，未满18周岁，请核对出生日期。' },
    ],
    [
      'R-AGE-1: a resident ID aged 76',
      { ...RESIDENT, idNumber: '110105194906150058' },
      { idNumber: '报考需年满18周岁且不超过75周岁，按出生日期您目前76周岁，已超过75周岁，请核对出生日期。' },
    ],
    [
      'R-AGE-1: a passport holder one day short of 18 (reported on birthDate)',
      { ...FOREIGNER, birthDate: '2007-06-16' },
      { birthDate: '报考需年满18周岁且不超过75周岁，按出生日期您目前17周岁，未满18周岁，请核对出生日期。' },
    ],
    [
      'R-ID-2: a wrong check digit, and no gender issue for a number that cannot be read',
      { ...RESIDENT, idNumber: '110101199003071234', gender: 'F' },
      { idNumber: '身份证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。' },
    ],
    [
      'R-ID-2: a lower-case x',
      { ...RESIDENT, idNumber: '11010519491231002x' },
      { idNumber: '身份证号码最后一位的字母请用大写 X 填写，不要用小写 x。' },
    ],
    [
      'R-ID-1: a hyphen in the number',
      { ...FOREIGNER, idNumber: 'E1234-5678' },
      { idNumber: '证件号码中不能有标点符号或连字符（如 - ( ) . /），请只填写证件号码中的字母和数字。' },
    ],
    [
      'R-ID-3: an HK ID with a wrong check digit',
      { ...FOREIGNER, idType: 'HK_ID', idNumber: 'A1234564', name: 'Chan Tai Man', nationality: 'CN' },
      { idNumber: '香港身份证号码的校验码（括号内的最后一位）不正确，请对照证件逐位核对。' },
    ],
    [
      'R-NAME-1: letters in a mainland name',
      { ...RESIDENT, name: 'ZhangSan' },
      { name: '大陆居民的姓名只能填写汉字，不能有字母，请按身份证上的姓名填写。' },
    ],
    [
      'R-NAME-2: a full-width dot in a minority name',
      { ...RESIDENT, name: '买买提·吐尔逊' },
      { name: '姓名中的间隔点请输入半角英文句点“.”，不要输入“·”。' },
    ],
    [
      'R-NAME-3: a foreign name in capitals',
      { ...FOREIGNER, name: 'JOHN SMITH' },
      { name: '姓名中的英文字母除每个单词的首字母外请用小写，如“JOHN”应填写为“John”。' },
    ],
    [
      'R-ETH-1: an unknown ethnicity code',
      { ...RESIDENT, ethnicity: '57' },
      { ethnicity: '民族不在可选范围内，请从列表中重新选择。' },
    ],
    ['R-ETH-1: no ethnicity', { ...RESIDENT, ethnicity: undefined }, { ethnicity: '请选择民族。' }],
    [
      'R-ACC-1: an unknown nationality code',
      { ...RESIDENT, nationality: 'XK' },
      { nationality: '国籍不在可选范围内，请从列表中重新选择。' },
    ],
    [
      'R-ACC-1: a resident ID with a foreign nationality',
      { ...RESIDENT, nationality: 'US' },
      { nationality: '持居民身份证报名的考生，国籍应选择“中国”。' },
    ],
    [
      'R-ACC-1: a foreign passport with Chinese nationality',
      { ...FOREIGNER, nationality: 'CN' },
      { nationality: '持外籍护照报名的考生，国籍请选择护照的签发国家，不能选择“中国”。' },
    ],
    [
      'R-IDT-1: an unknown ID type (name and number cannot be judged without it)',
      { ...RESIDENT, idType: 'DRIVING_LICENCE', name: 'ZhangSan' },
      { idType: '证件类型不在可选范围内，请从列表中重新选择。' },
    ],
    ['R-IDT-1: no ID type', { ...RESIDENT, idType: undefined }, { idType: '请选择证件类型。' }],
    ['R-ACC-1: an empty name', { ...RESIDENT, name: '' }, { name: '请填写姓名。' }],
    ['R-ACC-1: an empty ID number', { ...RESIDENT, idNumber: '' }, { idNumber: '请填写证件号码。' }],
    ['R-ACC-1: a number given as a name', { ...RESIDENT, name: 42 }, { name: '姓名应为文字，请重新填写。' }],
  ])('%s', (_title, input, fields) => {
    expect(fieldsOf(registration, input)).toEqual(fields);
  });

  it('R-PI-5: every wrong field is reported at once', () => {
    expect(
      fieldsOf(registration, {
        ...RESIDENT,
        username: 'ab',
        password: 'abc',
        email: 'not-an-address',
        name: 'Zhang San',
        gender: 'F',
        ethnicity: '99',
      }),
    ).toEqual({
      username: '用户名应为4至20个字符，请修改后重新填写。',
      password: '密码应为5至12位字母或数字（区分大小写），请重新设置。',
      email: '电子邮箱格式不正确，请填写有效的地址，如 zhangsan@example.com。',
      ethnicity: '民族不在可选范围内，请从列表中重新选择。',
      name: '姓名中不能有空格，请删除空格后重新填写。',
      gender: '性别与身份证号码不符：按身份证号码应为“男”，请改正或不填（居民身份证的性别由号码确定）。',
    });
  });

  it.each([null, 'text', 42, []])('R-ACC-1: a body %j that is not an object gets one Chinese root issue', (body) => {
    const result = registration.safeParse(body);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[], '请求内容应为 JSON 对象，请检查提交的数据。'],
    ]);
  });
});

describe('account field schemas', () => {
  it.each([
    ['zhang_san1', null],
    ['Abcd', null],
    ['a'.repeat(20), null],
    ['', '请填写用户名。'],
    ['abc', '用户名应为4至20个字符，请修改后重新填写。'],
    ['a'.repeat(21), '用户名应为4至20个字符，请修改后重新填写。'],
    ['zhang-san', '用户名只能由字母、数字或下划线组成，请修改后重新填写。'],
    ['张三丰四', '用户名只能由字母、数字或下划线组成，请修改后重新填写。'],
    ['zhang san', '用户名只能由字母、数字或下划线组成，请修改后重新填写。'],
  ])('R-ACC-2: username %j → %s', (value, message) => {
    const result = usernameSchema.safeParse(value);
    expect(result.success ? null : result.error.issues.map((i) => i.message)).toEqual(message && [message]);
  });

  it.each([
    ['abc12', null],
    ['ABCdef123456', null],
    ['12345', null],
    ['', '请填写密码。'],
    ['abc1', '密码应为5至12位字母或数字（区分大小写），请重新设置。'],
    ['abcdef1234567', '密码应为5至12位字母或数字（区分大小写），请重新设置。'],
    ['abc 123', '密码只能由字母和数字组成（区分大小写），不能有空格、汉字或符号。'],
    ['abc!123', '密码只能由字母和数字组成（区分大小写），不能有空格、汉字或符号。'],
    ['密码abc12', '密码只能由字母和数字组成（区分大小写），不能有空格、汉字或符号。'],
  ])('R-ACC-3: password %j → %s', (value, message) => {
    const result = passwordSchema.safeParse(value);
    expect(result.success ? null : result.error.issues.map((i) => i.message)).toEqual(message && [message]);
  });

  it('R-ACC-3: the password keeps its case', () => {
    expect(passwordSchema.parse('AbC12')).toBe('AbC12');
  });

  it.each([
    ['我的生日', '我的生日'],
    ['  我的小学  ', '我的小学'],
    ['问题', '问题'],
    ['问'.repeat(50), '问'.repeat(50)],
    ['  问 ', '密码问题应为2至50个字，请修改后重新填写。'],
    ['问'.repeat(51), '密码问题应为2至50个字，请修改后重新填写。'],
    ['   ', '请填写密码问题。'],
  ])('R-ACC-4: question %j → %s', (value, expected) => {
    const result = securityQuestionSchema.safeParse(value);
    expect(result.success ? result.data : result.error.issues[0]?.message).toBe(expected);
  });

  it.each([
    ['实验小学', '实验小学'],
    [' abcd ', 'abcd'],
    ['答'.repeat(30), '答'.repeat(30)],
    ['北京', '找回密码答案应为4至30个字，请修改后重新填写。'],
    ['答'.repeat(31), '找回密码答案应为4至30个字，请修改后重新填写。'],
    ['', '请填写找回密码答案。'],
  ])('R-ACC-4: answer %j → %s', (value, expected) => {
    const result = securityAnswerSchema.safeParse(value);
    expect(result.success ? result.data : result.error.issues[0]?.message).toBe(expected);
  });

  it.each([
    ['a@b.cn', 'a@b.cn'],
    [' zhang.san@example.com ', 'zhang.san@example.com'],
    ['a@b', '电子邮箱应为5至60个字符，请修改后重新填写。'],
    [`${'a'.repeat(49)}@example.com`, '电子邮箱应为5至60个字符，请修改后重新填写。'],
    [`${'a'.repeat(48)}@example.com`, `${'a'.repeat(48)}@example.com`],
    ['zhangsan.example.com', '电子邮箱格式不正确，请填写有效的地址，如 zhangsan@example.com。'],
    ['zhang san@example.com', '电子邮箱格式不正确，请填写有效的地址，如 zhangsan@example.com。'],
    ['', '请填写电子邮箱。'],
  ])('R-ACC-5: email %j → %s', (value, expected) => {
    const result = emailSchema.safeParse(value);
    expect(result.success ? result.data : result.error.issues[0]?.message).toBe(expected);
  });

  it.each([
    ['M', true],
    ['F', true],
    ['m', false],
    ['男', false],
  ])('R-SEX-1: gender %j accepted: %s', (value, ok) => {
    expect(genderSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['1990-03-07', true],
    ['2000-02-29', true],
    ['2001-02-29', false],
    ['1990-3-7', false],
    ['', false],
  ])('R-DOB-1: birth date %j accepted: %s', (value, ok) => {
    expect(birthDateSchema.safeParse(value).success).toBe(ok);
  });
});

describe('registrationFormSchema', () => {
  it('R-ACC-1: a matching confirmation is accepted and the result is a registration', () => {
    const result = registrationForm.safeParse({ ...RESIDENT, passwordConfirm: 'Abc123' });
    expect(result.data).toMatchObject({ username: 'zhang_san', gender: 'M', birthDate: '1990-03-07' });
  });

  it.each([
    [
      'a confirmation that differs in case',
      { ...RESIDENT, passwordConfirm: 'abc123' },
      { passwordConfirm: '两次输入的密码不一致，请重新输入。' },
    ],
    ['no confirmation', { ...RESIDENT }, { passwordConfirm: '请填写密码确认。' }],
    [
      'a mismatch reported together with the other rules',
      { ...RESIDENT, passwordConfirm: 'Abc124', gender: 'F' },
      {
        passwordConfirm: '两次输入的密码不一致，请重新输入。',
        gender: '性别与身份证号码不符：按身份证号码应为“男”，请改正或不填（居民身份证的性别由号码确定）。',
      },
    ],
  ])('R-ACC-1: %s', (_title, input, fields) => {
    expect(fieldsOf(registrationForm, input)).toEqual(fields);
  });
});

describe('loginSchema', () => {
  it.each([
    [{ username: 'zhang_san', password: 'x' }, null],
    [{ username: 'any thing goes', password: 'wrong but short' }, null],
    [{}, { username: '请填写用户名。', password: '请填写密码。' }],
    [{ username: 'a'.repeat(41), password: 'x' }, { username: '用户名最多40个字符，请核对后重新填写。' }],
    [{ username: 'zhang_san', password: 'x'.repeat(65) }, { password: '密码最多64个字符，请核对后重新填写。' }],
  ])('R-ACC-10: login %j → %j', (input, fields) => {
    expect(fieldsOf(loginSchema, input)).toEqual(fields);
  });

  it('R-ACC-10: extra keys are stripped', () => {
    expect(loginSchema.parse({ username: 'zhang_san', password: 'x', role: 'ADMIN' })).toEqual({
      username: 'zhang_san',
      password: 'x',
    });
  });
});

describe('recover schemas', () => {
  const RECOVER = {
    name: '张三',
    idType: 'RESIDENT_ID',
    idNumber: '110101199003071233',
    securityAnswer: '实验小学',
    newPassword: 'NewPass1',
  };

  it.each([
    ['a valid request', RECOVER, null],
    ['a lenient ID number (shape not judged here)', { ...RECOVER, idNumber: '123' }, null],
    ['a short answer (compared, not judged)', { ...RECOVER, securityAnswer: '北京' }, null],
    [
      'a new password too short',
      { ...RECOVER, newPassword: 'abc' },
      { newPassword: '新密码应为5至12位字母或数字（区分大小写），请重新设置。' },
    ],
    [
      'an ID number too long',
      { ...RECOVER, idNumber: '1'.repeat(41) },
      { idNumber: '证件号码最多40个字符，请对照证件核对。' },
    ],
    ['no name', { ...RECOVER, name: '' }, { name: '请填写姓名。' }],
    ['no answer', { ...RECOVER, securityAnswer: '  ' }, { securityAnswer: '请填写找回密码答案。' }],
    ['an unknown ID type', { ...RECOVER, idType: 'X' }, { idType: '证件类型不在可选范围内，请从列表中重新选择。' }],
  ])('R-ACC-8: %s', (_title, input, fields) => {
    expect(fieldsOf(recoverSchema, input)).toEqual(fields);
  });

  it.each([
    [{ ...RECOVER, newPasswordConfirm: 'NewPass1' }, null],
    [{ ...RECOVER, newPasswordConfirm: 'NewPass2' }, { newPasswordConfirm: '两次输入的新密码不一致，请重新输入。' }],
    [RECOVER, { newPasswordConfirm: '请填写确认新密码。' }],
  ])('R-ACC-8: recover form %j → %j', (input, fields) => {
    expect(fieldsOf(recoverFormSchema, input)).toEqual(fields);
  });
});

describe('security settings schemas', () => {
  it.each([
    [{ currentPassword: 'Old123', newPassword: 'New123' }, null],
    [
      { currentPassword: 'Old123', newPassword: 'Old123' },
      { newPassword: '新密码不能与当前密码相同，请设置一个新的密码。' },
    ],
    [{ currentPassword: '', newPassword: 'New12' }, { currentPassword: '请填写当前密码。' }],
    [
      { currentPassword: 'Old123', newPassword: 'New-123' },
      { newPassword: '新密码只能由字母和数字组成（区分大小写），不能有空格、汉字或符号。' },
    ],
  ])('R-ACC-7: change password %j → %j', (input, fields) => {
    expect(fieldsOf(changePasswordSchema, input)).toEqual(fields);
  });

  it.each([
    [{ currentPassword: 'Old123', newPassword: 'New123', newPasswordConfirm: 'New123' }, null],
    [
      { currentPassword: 'Old123', newPassword: 'New123', newPasswordConfirm: 'new123' },
      { newPasswordConfirm: '两次输入的新密码不一致，请重新输入。' },
    ],
    [
      { currentPassword: 'Old123', newPassword: 'Old123', newPasswordConfirm: 'Old123' },
      { newPassword: '新密码不能与当前密码相同，请设置一个新的密码。' },
    ],
  ])('R-ACC-7: change password form %j → %j', (input, fields) => {
    expect(fieldsOf(changePasswordFormSchema, input)).toEqual(fields);
  });

  it.each([
    [{ currentPassword: 'Old123', securityQuestion: '我的小学', securityAnswer: '实验小学', email: 'a@b.cn' }, null],
    [
      { securityQuestion: '问', securityAnswer: '答', email: 'x' },
      {
        currentPassword: '请填写当前密码。',
        securityQuestion: '密码问题应为2至50个字，请修改后重新填写。',
        securityAnswer: '找回密码答案应为4至30个字，请修改后重新填写。',
        email: '电子邮箱应为5至60个字符，请修改后重新填写。',
      },
    ],
  ])('R-ACC-7: change security %j → %j', (input, fields) => {
    expect(fieldsOf(changeSecuritySchema, input)).toEqual(fields);
  });
});

describe('FIELD_LABELS', () => {
  const fieldNames = [
    ...Object.keys({ ...RESIDENT, gender: 'M', birthDate: '', passwordConfirm: '' }),
    ...Object.keys(loginSchema.shape),
    ...Object.keys(recoverFormSchema.shape),
    ...Object.keys(changePasswordFormSchema.shape),
    ...Object.keys(changeSecuritySchema.shape),
  ];
  it.each([...new Set(fieldNames)])('R-PI-5: %s has a Chinese label', (field) => {
    expect(FIELD_LABELS[field]).toMatch(/^\p{Script=Han}+$/u);
  });

  it.each([
    ['username', '用户名'],
    ['idNumber', '证件号码'],
    ['securityAnswer', '找回密码答案'],
    ['newPasswordConfirm', '确认新密码'],
  ])('R-PI-5: %s is labelled %s', (field, label) => {
    expect(FIELD_LABELS[field]).toBe(label);
  });
});
