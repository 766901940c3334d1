import { z } from 'zod';

/** The three dictionaries of R-DICT-1, by their path segment in the API. */
export const DICTIONARY_KINDS = ['schools', 'work-units', 'majors'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

export const DICTIONARY_KIND_LABELS = {
  schools: '学校',
  'work-units': '工作单位',
  majors: '专业',
} as const satisfies Record<DictionaryKind, string>;

export const MAX_QUERY_LENGTH = 50;
export const MAX_LIMIT = 50;

/** GB/T 2260 prefixes: a province (2), a city (4) or a county (6). */
export const regionPrefixSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6})$/, { message: '行政区划代码应为2、4或6位数字。' });

export const dictionarySearchQuerySchema = z.object({
  q: z
    .string({ message: '请输入检索内容。' })
    .trim()
    .min(1, { message: '请输入检索内容。' })
    .max(MAX_QUERY_LENGTH, { message: `检索内容不能超过${MAX_QUERY_LENGTH}个字符。` }),
  limit: z.coerce
    .number({ message: '条数应为1到50之间的整数。' })
    .int({ message: '条数应为1到50之间的整数。' })
    .min(1, { message: '条数应为1到50之间的整数。' })
    .max(MAX_LIMIT, { message: '条数应为1到50之间的整数。' })
    .default(20),
  region: regionPrefixSchema.optional(),
});

/** Half-width, printable, no control characters: what a dictionary name may hold. */
const nameSchema = (label: string) =>
  z
    .string({ message: `请填写${label}。` })
    .trim()
    .min(2, { message: `${label}至少2个字。` })
    .max(60, { message: `${label}不能超过60个字。` })
    .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: `${label}含有不可见字符，请重新输入。` });

/** R-DICT-3: a candidate's request to add a name the dictionary lacks. */
export const dictionaryRequestSchema = z.object({
  name: nameSchema('名称'),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, { message: '请选择所在地区（区县）。' })
    .optional(),
  country: z.string().trim().min(2, { message: '请填写国家或地区。' }).max(40).optional(),
});
export type DictionaryRequestInput = z.output<typeof dictionaryRequestSchema>;

export const DICTIONARY_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type DictionaryRequestStatus = (typeof DICTIONARY_REQUEST_STATUSES)[number];
export const DICTIONARY_REQUEST_STATUS_LABELS = {
  PENDING: '待审核',
  APPROVED: '已添加',
  REJECTED: '未通过',
} as const satisfies Record<DictionaryRequestStatus, string>;

export const approveRequestSchema = z.object({
  name: nameSchema('名称').optional(),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,30}$/, { message: '机构代码只能由字母和数字组成。' })
    .optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, { message: '行政区划代码应为6位数字。' })
    .optional(),
});

export const rejectRequestSchema = z.object({
  reason: z
    .string({ message: '请填写不予添加的原因。' })
    .trim()
    .min(2, { message: '请填写不予添加的原因。' })
    .max(200, { message: '原因不能超过200个字。' }),
});
