/** R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1: the Chinese label of every field of 联系方式. */
export const CONTACT_FIELD_LABELS = {
  homePhone: '家庭电话',
  workPhone: '单位电话',
  mobile: '手机号码',
  email: '电子邮箱',
  address: '联系地址',
  postalCode: '邮政编码',
} as const;

/** R-ADDR-1: the labels of the parts of `address` (the cascade's code and names, the typed street part). */
export const ADDRESS_PART_LABELS = {
  regionCode: '所在省、市、区县',
  regionText: '所在省、市、区县',
  street: '街道、门牌号',
} as const;
