/** R-ROLE-1…4: who an account is. Set by the platform, never by a client. */
export const ROLES = ['CANDIDATE', 'SITE_STAFF', 'AREA_ADMIN', 'NATIONAL_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  CANDIDATE: '考生',
  SITE_STAFF: '考点工作人员',
  AREA_ADMIN: '考区管理员',
  NATIONAL_ADMIN: '国家医学考试中心',
} as const satisfies Record<Role, string>;
