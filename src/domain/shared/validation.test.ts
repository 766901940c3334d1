import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { zodIssuesToFields } from './validation';

describe('zodIssuesToFields', () => {
  it.each([
    ['no issues', [], {}],
    [
      'the first message of a field wins',
      [
        { path: ['idNumber'], message: '第一条' },
        { path: ['idNumber'], message: '第二条' },
      ],
      { idNumber: '第一条' },
    ],
    [
      'a nested path is reported on its top-level field',
      [{ path: ['educations', 0, 'schoolId'], message: '请选择学校。' }],
      { educations: '请选择学校。' },
    ],
    ['a root issue has no field', [{ path: [], message: '请求内容应为 JSON 对象。' }], {}],
    ['a numeric key becomes a string', [{ path: [0], message: '错误' }], { '0': '错误' }],
    ['a symbol key is left out', [{ path: [Symbol('x')], message: '错误' }], {}],
  ])('R-PI-5: %s', (_title, issues, expected) => {
    expect(zodIssuesToFields(issues)).toEqual(expected);
  });

  it.each(['__proto__', 'constructor', 'toString'])('R-PI-5: the key %s stays an ordinary own field', (key) => {
    const fields = zodIssuesToFields([{ path: [key], message: '错误' }]);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fields, key)?.value).toBe('错误');
  });

  it('R-PI-5: takes zod issues as they are', () => {
    const result = z.object({ a: z.string({ error: '请填写A。' }), b: z.string({ error: '请填写B。' }) }).safeParse({});
    expect(result.success).toBe(false);
    expect(zodIssuesToFields(result.error?.issues ?? [])).toEqual({ a: '请填写A。', b: '请填写B。' });
  });
});
