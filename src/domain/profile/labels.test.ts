import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { makeContactSchema } from '../contact/schema';
import { certificateSchema } from './certificate';
import { educationSchema } from './education';
import { FIELD_LABELS_BY_GROUP, PROFILE_FIELD_LABELS } from './labels';
import { trainingSchema } from './training';
import { workSchema } from './work';

const keysOf = (schema: z.ZodType) =>
  Object.keys((z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, unknown> }).properties);

describe('field labels', () => {
  it.each([
    ['contact', makeContactSchema(true)],
    ['work', workSchema],
    ['education', educationSchema],
    ['training', trainingSchema],
    ['certificate', certificateSchema],
  ] as const)('R-PI-5: every JSON field of %s has a Chinese label', (group, schema) => {
    const labels: Record<string, string> = FIELD_LABELS_BY_GROUP[group];
    for (const key of keysOf(schema)) {
      expect(labels[key], key).toMatch(/\p{Script=Han}/u);
      expect(PROFILE_FIELD_LABELS[key], key).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each([
    ['mobile', '手机号码'],
    ['address', '联系地址'],
    ['street', '街道、门牌号'],
    ['militaryIdentity', '本人身份'],
    ['diplomaNumber', '毕业证书编号'],
    ['registrationNumber', '执业证书注册编号'],
    ['type', '类型'],
  ])('R-PI-5: %s is labelled %s', (field, label) => {
    expect(PROFILE_FIELD_LABELS[field]).toBe(label);
  });

  it('R-PI-5: a group names its own kind of entry', () => {
    expect(FIELD_LABELS_BY_GROUP.training.type).toBe('培训类型');
    expect(FIELD_LABELS_BY_GROUP.certificate.type).toBe('证书类型');
  });
});
