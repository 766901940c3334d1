import { ADDRESS_PART_LABELS, CONTACT_FIELD_LABELS } from '../contact/labels';
import { CERTIFICATE_FIELD_LABELS } from './certificate';
import { EDUCATION_FIELD_LABELS } from './education';
import { TRAINING_FIELD_LABELS } from './training';
import { WORK_FIELD_LABELS } from './work';

/** R-PI-1, R-PI-5: the field labels of each editable group, for the error summary of that group's form. */
export const FIELD_LABELS_BY_GROUP = {
  contact: { ...CONTACT_FIELD_LABELS, ...ADDRESS_PART_LABELS },
  work: WORK_FIELD_LABELS,
  education: EDUCATION_FIELD_LABELS,
  training: TRAINING_FIELD_LABELS,
  certificate: CERTIFICATE_FIELD_LABELS,
} as const;

/**
 * R-PI-5: the Chinese label of every 个人信息 field by its JSON name. Training and certificate entries both call
 * their kind `type`, so here it is 类型; a group's own form uses FIELD_LABELS_BY_GROUP for 培训类型 / 证书类型.
 */
export const PROFILE_FIELD_LABELS: Record<string, string> = {
  ...Object.assign({}, ...Object.values(FIELD_LABELS_BY_GROUP)),
  type: '类型',
};
