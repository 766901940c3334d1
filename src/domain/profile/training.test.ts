import { describe, it, expect } from 'vitest';
import { fieldsOf, parsed, today } from './test-support';
import { makeTrainingSchema } from './training';

const training = makeTrainingSchema({ today });
const TRAINING = { type: '住院医师规范化培训', startedOn: '1998-09', result: '未考核', unitName: '北京大学第一医院' };
const errorOf = (change: object, field: string) => fieldsOf(training, { ...TRAINING, ...change })?.[field] ?? null;

describe('makeTrainingSchema', () => {
  it.each([
    ['the guide’s example', TRAINING],
    [
      'a 合格 全科医生转岗培训 started this month',
      { ...TRAINING, type: '全科医生转岗培训', result: '合格', startedOn: '2025-06' },
    ],
    ['a two-character unit', { ...TRAINING, unitName: '某院' }],
    ['a unit with brackets', { ...TRAINING, unitName: '北京大学第一医院（北京大学第一临床医学院）' }],
  ])('R-PI-10: %s is accepted', (_title, input) => {
    expect(parsed(training, input)).toEqual(input);
  });

  it('R-PI-5: every missing field is reported at once', () => {
    expect(fieldsOf(training, {})).toEqual({
      type: '请选择培训类型。',
      startedOn: '请填写培训开始年月（格式为 YYYY-MM，如 2009-06）。',
      result: '请选择考核结果。',
      unitName: '请填写参加培训时的工作单位。',
    });
  });

  it.each([
    ['type', { type: '进修' }, '培训类型不在可选范围内，请从列表中重新选择。'],
    ['result', { result: '通过' }, '考核结果不在可选范围内，请从列表中重新选择。'],
    [
      'startedOn',
      { startedOn: '1998-9' },
      '培训开始年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 1998-09。',
    ],
    [
      'startedOn',
      { startedOn: '1998－09' },
      '培训开始年月请使用半角数字和半角横杠“-”填写（将输入法切换到英文状态），应填写为 1998-09。',
    ],
    ['startedOn', { startedOn: '1998-13' }, '培训开始年月中的月份应为01至12，“13”不是有效的月份，请核对后重新填写。'],
    ['startedOn', { startedOn: '2025-07' }, '培训开始年月不能晚于本月（2025-06），请核对后重新填写。'],
    ['unitName', { unitName: '院' }, '参加培训时的工作单位应为2至60个字，您填写了1个字，请修改后重新填写。'],
    [
      'unitName',
      { unitName: '医'.repeat(61) },
      '参加培训时的工作单位应为2至60个字，您填写了61个字，请修改后重新填写。',
    ],
    [
      'unitName',
      { unitName: '北京第３医院' },
      '参加培训时的工作单位中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。',
    ],
    ['unitName', { unitName: '北京\u0007医院' }, '参加培训时的工作单位中有不可见的字符，请删除后重新填写。'],
  ])('R-PI-10: %s %j is refused', (field, change, message) => {
    expect(errorOf(change, field)).toBe(message);
  });
});
