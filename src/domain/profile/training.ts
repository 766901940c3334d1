import { z } from 'zod';
import { NOT_AN_OBJECT, checkedText, choice, formObject } from './fields';
import { checkPlainText } from './plain-text';
import { TRAINING_RESULTS, TRAINING_TYPES } from './options';
import { yearMonthSchema } from './year-month';

/** R-PI-10: the Chinese label of every field of a training entry. */
export const TRAINING_FIELD_LABELS = {
  type: '培训类型',
  startedOn: '培训开始年月',
  result: '考核结果',
  unitName: '参加培训时的工作单位',
} as const;

/** R-PI-10: the unit's name is typed (the guide's 工作单位名称(参加培训时)), as long as a dictionary name may be. */
export const TRAINING_UNIT_NAME_LENGTH = { min: 2, max: 60 } as const;

const L = TRAINING_FIELD_LABELS;

/** R-PI-10: the body of POST/PUT /api/profile/trainings; `today` is injectable so tests do not depend on the clock. */
export function makeTrainingSchema(options: { today?: () => string } = {}) {
  const { min, max } = TRAINING_UNIT_NAME_LENGTH;
  return formObject(
    z.object(
      {
        type: choice(TRAINING_TYPES, L.type),
        // A training that has not begun is no experience to apply with, so the month is at the latest this one.
        startedOn: yearMonthSchema(L.startedOn, { notAfter: 'thisMonth', today: options.today }),
        result: choice(TRAINING_RESULTS, L.result),
        unitName: checkedText(L.unitName, (v) => checkPlainText(v, L.unitName, min, max)),
      },
      { error: NOT_AN_OBJECT },
    ),
  );
}

/** R-PI-10: a training entry (type, start month, result, the unit at the time). */
export const trainingSchema = makeTrainingSchema();

export type TrainingInput = z.input<typeof trainingSchema>;
export type Training = z.output<typeof trainingSchema>;
