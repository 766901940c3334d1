/** The hints printed under the fields, in the guide's words (网上报名表填写说明); the rules live in the domain schemas. */
export const HINTS = {
  username: '4-20位，由字母、数字或下划线组成；注册后不能修改',
  password: '5-12位，由字母、数字组成，区分大小写',
  securityQuestion: '由您自行设置，找回密码时使用',
  securityAnswer: '4-30个字符，找回密码时使用，请务必牢记',
  name: '填写有效证件上的姓名；少数民族姓名中的点请用半角“.”，生僻字可用“?”代替',
} as const;
