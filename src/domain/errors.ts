/** One table of error codes: HTTP status and the Chinese message a person reads. */
export const ERRORS = {
  VALIDATION: { status: 400, message: '填写的信息有误，请按提示修改后重新提交。' },
  BAD_REQUEST: { status: 400, message: '请求格式有误，请刷新页面后重试。' },
  UNAUTHENTICATED: { status: 401, message: '请先登录。' },
  BAD_CREDENTIALS: { status: 401, message: '用户名或密码错误。' },
  WRONG_PASSWORD: { status: 400, message: '当前密码错误。' },
  RECOVERY_FAILED: { status: 401, message: '姓名、证件号码或找回密码答案不正确。' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作。' },
  CROSS_SITE: { status: 403, message: '请求来源不被允许，请从本站页面操作。' },
  NOT_FOUND: { status: 404, message: '您访问的内容不存在。' },
  USERNAME_TAKEN: { status: 409, message: '该用户名已被使用，请换一个用户名。' },
  DUPLICATE_PERSON: { status: 409, message: '该证件已经注册，请勿重复注册用户信息。' },
  ALREADY_IN_DICTIONARY: { status: 409, message: '该名称已在字典中，请直接从列表中选择。' },
  ENTRY_LOCKED: { status: 409, message: '该条目已用于报名，暂不能修改或删除；放弃相关报考后即可解锁。' },
  ENTRY_VERIFIED: { status: 409, message: '该条目已通过考点验证，不能修改；如有变化请新增一条。' },
  ALREADY_DECIDED: { status: 409, message: '该申请已被处理，请刷新页面查看结果。' },
  NOT_ELIGIBLE: { status: 400, message: '不符合报考条件，请按提示处理后重试。' },
  ALREADY_APPLIED: {
    status: 409,
    message: '您已报名该考试，同一考试只能保留一个报名；如需更改，请先对原报名点击“放弃报考”。',
  },
  WINDOW_CLOSED: { status: 409, message: '现在不在该考试的网上报名时间内，不能报名、修改、提交或放弃报考。' },
  NOT_EDITABLE: {
    status: 409,
    message: '已提交或已放弃的报名不能修改；如需更改，请在网上报名期间放弃报考后重新报名。',
  },
  WRONG_STATE: { status: 409, message: '该报名当前的状态不允许此操作，请刷新页面查看最新状态。' },
  NOT_PRINTABLE: {
    status: 409,
    message: '报名提交后才能打印报名成功通知单和申请表；已放弃的报名不能打印。',
  },
  STEP_OUT_OF_ORDER: { status: 409, message: '请按顺序填写报名步骤，先完成前面的步骤。' },
  STEPS_INCOMPLETE: { status: 409, message: '报名信息尚未填写完整，请完成全部六个步骤后再提交。' },
  SITE_FULL: {
    status: 409,
    message: '您选择的考点名额已满，报名未提交。请在“确认”一步改选其他考点后重新提交，已填写的内容均已保留。',
  },
  TOO_LARGE: { status: 413, message: '提交的内容过大。' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容格式，请以 JSON 提交。' },
  THROTTLED: { status: 429, message: '操作过于频繁，请稍后再试。' },
  ACCOUNT_LOCKED: { status: 429, message: '密码错误次数过多，账户已暂时锁定，请稍后再试或通过“找回密码”重设密码。' },
  UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试。' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试。' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** A failure the user can act on; the error handler turns it into the contract's error body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(options.message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
