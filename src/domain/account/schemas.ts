import { z } from 'zod';
import { todayInChina, isRealDate } from '../shared/dates';
import { checkAge } from '../identity/age';
import { ETHNICITY_CODES } from '../identity/ethnicity';
import { GENDERS, GENDER_LABELS, isGender } from '../identity/gender';
import { checkIdNumber } from '../identity/id-number';
import { ID_TYPES, ID_TYPE_LABELS, isIdType, isMainlandIdType } from '../identity/id-types';
import { checkName } from '../identity/name';
import { NATIONALITY_CODES } from '../identity/nationality';
import { parseResidentId } from '../identity/resident-id';

/** Chinese label of every field of the account schemas, for error summaries. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  passwordConfirm: '密码确认',
  securityQuestion: '密码问题',
  securityAnswer: '找回密码答案',
  email: '电子邮箱',
  name: '姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  gender: '性别',
  birthDate: '出生日期',
  nationality: '国籍',
  ethnicity: '民族',
  currentPassword: '当前密码',
  newPassword: '新密码',
  newPasswordConfirm: '确认新密码',
};

// Each field reports one message: a check runs only while the field has no issue yet. Not `abort: true`, which
// would also stop the object-level rules below, so the other fields' mistakes would go unreported.
const once = (error: string) => ({
  error,
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
});

/** A string field whose missing value and wrong type both get a Chinese message naming the field. */
function text(label: string) {
  return z.string({
    error: (issue) => (issue.input == null ? `请填写${label}。` : `${label}应为文字，请重新填写。`),
  });
}

const filled = (label: string) => text(label).min(1, once(`请填写${label}。`));

/** A field chosen from a list: missing and unknown values each get their own message. */
function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, {
    error: (issue) => (issue.input == null ? `请选择${label}。` : `${label}不在可选范围内，请从列表中重新选择。`),
  });
}

/** API.md: 4–20 letters, digits or underscores (uniqueness without regard to case is the server's). */
export const usernameSchema = filled('用户名')
  .regex(/^[A-Za-z0-9_]+$/, once('用户名只能由字母、数字或下划线组成，请修改后重新填写。'))
  .min(4, once('用户名应为4至20个字符，请修改后重新填写。'))
  .max(20, once('用户名应为4至20个字符，请修改后重新填写。'));

/** R-ACC-3: a password of 5–12 letters and digits, case-sensitive; `label` names the field in messages. */
export function makePasswordSchema(label = '密码') {
  const length = `${label}应为5至12位字母或数字（区分大小写），请重新设置。`;
  return filled(label)
    .regex(/^[A-Za-z0-9]+$/, once(`${label}只能由字母和数字组成（区分大小写），不能有空格、汉字或符号。`))
    .min(5, once(length))
    .max(12, once(length));
}

/** R-ACC-3: 5–12 letters and digits, case-sensitive. */
export const passwordSchema = makePasswordSchema();

/** R-ACC-4: the candidate writes their own question, 2–50 characters. */
export const securityQuestionSchema = text('密码问题')
  .trim()
  .min(1, once('请填写密码问题。'))
  .min(2, once('密码问题应为2至50个字，请修改后重新填写。'))
  .max(50, once('密码问题应为2至50个字，请修改后重新填写。'));

/** R-ACC-4: the recovery answer, 4–30 characters (trimmed here and at recovery, so both compare alike). */
export const securityAnswerSchema = text('找回密码答案')
  .trim()
  .min(1, once('请填写找回密码答案。'))
  .min(4, once('找回密码答案应为4至30个字，请修改后重新填写。'))
  .max(30, once('找回密码答案应为4至30个字，请修改后重新填写。'));

/** R-ACC-5, R-MAIL-1: 5–60 characters and a valid address. */
export const emailSchema = text('电子邮箱')
  .trim()
  .min(1, once('请填写电子邮箱。'))
  .min(5, once('电子邮箱应为5至60个字符，请修改后重新填写。'))
  .max(60, once('电子邮箱应为5至60个字符，请修改后重新填写。'))
  .pipe(z.email({ error: '电子邮箱格式不正确，请填写有效的地址，如 zhangsan@example.com。' }));

/** R-SEX-1: 'M' or 'F'. */
export const genderSchema = choice(GENDERS, '性别');

/** R-DOB-1: 'YYYY-MM-DD' and a day that exists. */
export const birthDateSchema = filled('出生日期')
  .regex(/^\d{4}-\d{2}-\d{2}$/, once('出生日期的格式应为“年-月-日”，如 1990-03-07，请重新填写。'))
  .refine(isRealDate, once('出生日期不存在（如2月30日），请核对后重新填写。'));

/** R-IDT-1: one of the ID_TYPES codes. */
export const idTypeSchema = choice(ID_TYPES, '证件类型');
/** ISO 3166-1 alpha-2 nationality code. */
export const nationalitySchema = choice(NATIONALITY_CODES, '国籍');
/** R-ETH-1: GB/T 3304 ethnicity code. */
export const ethnicitySchema = choice(ETHNICITY_CODES, '民族');

// Object-level rules must run even when other fields failed (R-PI-5: every wrong field is marked at once),
// yet never on a body that is not an object at all.
const WHEN_OBJECT = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};
const NOT_AN_OBJECT = '请求内容应为 JSON 对象，请检查提交的数据。';

/** Adds "confirmField must equal field" to an object schema (the forms' 再次输入 fields). */
function confirmRule(field: string, confirmField: string, message: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const confirm = value[confirmField];
    if (typeof confirm === 'string' && confirm !== '' && confirm !== value[field]) {
      ctx.addIssue({ code: 'custom', path: [confirmField], message });
    }
  };
}

const registrationObject = z.object(
  {
    username: usernameSchema,
    password: passwordSchema,
    securityQuestion: securityQuestionSchema,
    securityAnswer: securityAnswerSchema,
    email: emailSchema,
    // The real name and ID-number rules depend on idType, so they are applied by registrationRules below.
    name: filled('姓名').max(200, once('姓名最多28个字符，请按证件上的姓名填写。')),
    idType: idTypeSchema,
    idNumber: filled('证件号码').max(40, once('证件号码过长，请对照证件核对后重新填写。')),
    // R-SEX-1, R-DOB-1: optional because a resident ID supplies them; null is treated as not given.
    gender: genderSchema.nullish(),
    birthDate: birthDateSchema.nullish(),
    nationality: nationalitySchema,
    ethnicity: ethnicitySchema,
  },
  { error: NOT_AN_OBJECT },
);

type RegistrationFields = z.output<typeof registrationObject>;

/** R-ACC-1, R-NAME-*, R-ID-*, R-SEX-1, R-DOB-1, R-AGE-1: the rules that tie fields to the ID type. */
function registrationRules(today: () => string) {
  return (v: RegistrationFields, ctx: z.RefinementCtx) => {
    const issue = (field: keyof RegistrationFields, message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message });
    // Fields that failed their own schema may hold anything: every value is re-checked before it is used.
    if (!isIdType(v.idType)) return;
    const idType = v.idType;
    const date = today();
    if (typeof v.name === 'string' && v.name !== '') {
      const message = checkName(v.name, idType);
      if (message) issue('name', message);
    }
    let idNumberValid = false;
    if (typeof v.idNumber === 'string' && v.idNumber !== '' && v.idNumber.length <= 40) {
      const message = checkIdNumber(idType, v.idNumber, date);
      if (message) issue('idNumber', message);
      idNumberValid = message === null;
    }
    const birthDate = typeof v.birthDate === 'string' && isRealDate(v.birthDate) ? v.birthDate : undefined;
    if (idType === 'RESIDENT_ID') {
      const parsed = idNumberValid ? parseResidentId(v.idNumber, date) : undefined;
      if (parsed?.ok) {
        if (isGender(v.gender) && v.gender !== parsed.gender) {
          const expected = GENDER_LABELS[parsed.gender];
          issue(
            'gender',
            `性别与身份证号码不符：按身份证号码应为“${expected}”，请改正或不填（居民身份证的性别由号码确定）。`,
          );
        }
        if (birthDate !== undefined && birthDate !== parsed.birthDate) {
          issue('birthDate', `出生日期与身份证号码不符：按身份证号码应为 ${parsed.birthDate}，请改正或不填。`);
        }
        const ageMessage = checkAge(parsed.birthDate, date);
        if (ageMessage) issue('idNumber', ageMessage);
      }
    } else {
      if (v.gender == null) issue('gender', '请选择性别。');
      if (v.birthDate == null) issue('birthDate', '请填写出生日期。');
      const ageMessage = birthDate === undefined ? null : checkAge(birthDate, date);
      if (ageMessage) issue('birthDate', ageMessage);
    }
    // [beyond] A resident ID or military document is held only by Chinese citizens; a 外籍护照 never by them.
    if (typeof v.nationality === 'string' && (NATIONALITY_CODES as readonly string[]).includes(v.nationality)) {
      if (isMainlandIdType(idType) && v.nationality !== 'CN') {
        issue('nationality', `持${ID_TYPE_LABELS[idType]}报名的考生，国籍应选择“中国”。`);
      }
      if (idType === 'PASSPORT' && v.nationality === 'CN') {
        issue('nationality', '持外籍护照报名的考生，国籍请选择护照的签发国家，不能选择“中国”。');
      }
    }
  };
}

/** R-SEX-1, R-DOB-1: the output always carries gender and birth date, read from a resident ID when not typed. */
function completeRegistration<T extends RegistrationFields>(v: T, ctx: z.RefinementCtx) {
  let gender = v.gender ?? undefined;
  let birthDate = v.birthDate ?? undefined;
  if (v.idType === 'RESIDENT_ID') {
    // The rules above already proved the number valid today; a far date only avoids a second clock read.
    const parsed = parseResidentId(v.idNumber, '9999-12-31');
    if (parsed.ok) ({ gender, birthDate } = parsed);
  }
  if (gender === undefined || birthDate === undefined) {
    // Unreachable after registrationRules; reported as an issue so bad input can never become a 500.
    ctx.addIssue({
      code: 'custom',
      path: [gender === undefined ? 'gender' : 'birthDate'],
      message: '请填写性别和出生日期。',
    });
    return z.NEVER;
  }
  return { ...v, gender, birthDate };
}

/** POST /api/auth/register body; `today` is injectable so tests do not depend on the clock. */
export function makeRegistrationSchema(today: () => string = () => todayInChina()) {
  return registrationObject.superRefine(registrationRules(today), WHEN_OBJECT).transform(completeRegistration);
}

/** R-ACC-1: the registration body of POST /api/auth/register (unknown keys such as role are stripped). */
export const registrationSchema = makeRegistrationSchema();

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

/** The web registration form: the API body plus passwordConfirm (R-ACC-1). */
export function makeRegistrationFormSchema(today: () => string = () => todayInChina()) {
  return registrationObject
    .extend({ passwordConfirm: filled('密码确认') })
    .superRefine(confirmRule('password', 'passwordConfirm', '两次输入的密码不一致，请重新输入。'), WHEN_OBJECT)
    .superRefine(registrationRules(today), WHEN_OBJECT)
    .transform(completeRegistration);
}

/** The web registration form: the API body plus passwordConfirm. */
export const registrationFormSchema = makeRegistrationFormSchema();

/** POST /api/auth/login: lenient on purpose, a wrong pair answers the same 401 whatever is wrong (R-ACC-10). */
export const loginSchema = z.object(
  {
    username: filled('用户名').max(40, once('用户名最多40个字符，请核对后重新填写。')),
    password: filled('密码').max(64, once('密码最多64个字符，请核对后重新填写。')),
  },
  { error: NOT_AN_OBJECT },
);

const newPasswordSchema = makePasswordSchema('新密码');
const NEW_PASSWORD_MISMATCH = '两次输入的新密码不一致，请重新输入。';

const recoverObject = z.object(
  {
    // R-ACC-8: name and number are only compared with the stored account, so their shape is bounded, not judged.
    name: filled('姓名').max(40, once('姓名最多40个字符，请按注册时填写的姓名核对。')),
    idType: idTypeSchema,
    idNumber: filled('证件号码').max(40, once('证件号码最多40个字符，请对照证件核对。')),
    securityAnswer: text('找回密码答案')
      .trim()
      .min(1, once('请填写找回密码答案。'))
      .max(30, once('找回密码答案最多30个字，请核对后重新填写。')),
    newPassword: newPasswordSchema,
  },
  { error: NOT_AN_OBJECT },
);

/** R-ACC-8: POST /api/auth/recover body. */
export const recoverSchema = recoverObject;

/** R-ACC-8: the web form of password recovery, with newPasswordConfirm. */
export const recoverFormSchema = recoverObject
  .extend({ newPasswordConfirm: filled('确认新密码') })
  .superRefine(confirmRule('newPassword', 'newPasswordConfirm', NEW_PASSWORD_MISMATCH), WHEN_OBJECT);

const changePasswordObject = z.object(
  {
    currentPassword: filled('当前密码').max(64, once('当前密码最多64个字符，请核对后重新填写。')),
    newPassword: newPasswordSchema,
  },
  { error: NOT_AN_OBJECT },
);

function newPasswordDiffers(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (
    typeof value.newPassword === 'string' &&
    value.newPassword !== '' &&
    value.newPassword === value.currentPassword
  ) {
    ctx.addIssue({ code: 'custom', path: ['newPassword'], message: '新密码不能与当前密码相同，请设置一个新的密码。' });
  }
}

/** R-ACC-7: PUT /api/me/password body. */
export const changePasswordSchema = changePasswordObject.superRefine(newPasswordDiffers, WHEN_OBJECT);

/** R-ACC-7: the web form of the password change, with newPasswordConfirm. */
export const changePasswordFormSchema = changePasswordObject
  .extend({ newPasswordConfirm: filled('确认新密码') })
  .superRefine(newPasswordDiffers, WHEN_OBJECT)
  .superRefine(confirmRule('newPassword', 'newPasswordConfirm', NEW_PASSWORD_MISMATCH), WHEN_OBJECT);

/** R-ACC-7: PUT /api/me/security body (question, answer and email; the current password is required). */
export const changeSecuritySchema = z.object(
  {
    currentPassword: changePasswordObject.shape.currentPassword,
    securityQuestion: securityQuestionSchema,
    securityAnswer: securityAnswerSchema,
    email: emailSchema,
  },
  { error: NOT_AN_OBJECT },
);

export type LoginInput = z.output<typeof loginSchema>;
export type RecoverInput = z.output<typeof recoverSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
export type ChangeSecurityInput = z.output<typeof changeSecuritySchema>;
