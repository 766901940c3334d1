import { z } from 'zod';
import { checkPlainText } from './plain-text';
import {
  NOT_AN_OBJECT,
  WHEN_OBJECT,
  choice,
  dictionaryId,
  formObject,
  optionalCheckedText,
  requireFields,
} from './fields';
import {
  CIVILIAN_AFFILIATION,
  EMPLOYMENT_STATUSES,
  MILITARY_IDENTITIES,
  MILITARY_IDENTITY_VALUES,
  NO_TITLE,
  TITLES,
  UNIT_AFFILIATIONS,
  isOneOf,
  type MilitaryIdentity,
} from './options';
import { yearMonthSchema } from './year-month';

/** R-PI-7, R-PI-8: the Chinese label of every field of 工作情况. */
export const WORK_FIELD_LABELS = {
  employmentStatus: '在岗情况',
  unitAffiliation: '单位隶属',
  workUnitId: '工作单位',
  title: '职称',
  titleObtainedOn: '获得职称年月',
  position: '职务',
  militaryIdentity: '本人身份',
} as const;

/** R-PI-7: the longest 职务 accepted. */
export const POSITION_MAX_LENGTH = 20;

/** R-PI-8: true for the active-duty identities (1, 2, 4, 5), false for hired civilians (3, 6) and anything else. */
export function isActiveDuty(militaryIdentity: unknown): boolean {
  return MILITARY_IDENTITIES.some((m) => m.value === militaryIdentity && m.activeDuty);
}

/** R-PI-7: true when a title is a real one, which then needs the month it was obtained. */
export function hasTitle(title: unknown): boolean {
  return isOneOf(TITLES, title) && title !== NO_TITLE;
}

const L = WORK_FIELD_LABELS;

/** PUT /api/profile/work; `today` is injectable so tests do not depend on the clock. */
export function makeWorkSchema(options: { today?: () => string } = {}) {
  const fields = z.object(
    {
      employmentStatus: choice(EMPLOYMENT_STATUSES, L.employmentStatus),
      // Not in API.md's body, so it defaults to 地方: a client that never sends it keeps working (no 本人身份).
      unitAffiliation: choice(UNIT_AFFILIATIONS, L.unitAffiliation).default(CIVILIAN_AFFILIATION),
      // R-PI-7: for students this is the internship unit, picked from the same dictionary.
      workUnitId: dictionaryId(L.workUnitId, '请选择工作单位（在校研究生请选择实习单位）。'),
      title: choice(TITLES, L.title).optional(),
      titleObtainedOn: yearMonthSchema(L.titleObtainedOn, { notAfter: 'thisMonth', today: options.today }).optional(),
      position: optionalCheckedText(L.position, (v) => checkPlainText(v, L.position, 1, POSITION_MAX_LENGTH)),
      militaryIdentity: choice(MILITARY_IDENTITY_VALUES, L.militaryIdentity).optional(),
    },
    { error: NOT_AN_OBJECT },
  );
  type Fields = z.output<typeof fields>;

  const rules = (v: Fields, ctx: z.RefinementCtx) => {
    // R-PI-7: the guide asks for the month a title was obtained; 无 has none (the field is hidden and dropped).
    if (hasTitle(v.title)) {
      requireFields(ctx, v, ['titleObtainedOn'], () => `请填写${L.titleObtainedOn}（格式为 YYYY-MM，如 2008-03）。`);
    }
    checkMilitaryIdentity(v, ctx);
  };

  return formObject(fields, (input) => (hasTitle(input.title) ? [] : ['titleObtainedOn'])).superRefine(
    rules,
    WHEN_OBJECT,
  );
}

/** R-PI-8: 本人身份 exactly when the unit is under the army, armed police or public security, and of that force. */
function checkMilitaryIdentity(
  v: { unitAffiliation?: unknown; militaryIdentity?: MilitaryIdentity },
  ctx: z.RefinementCtx,
): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['militaryIdentity'], message });
  const affiliation = v.unitAffiliation;
  if (!isOneOf(UNIT_AFFILIATIONS, affiliation)) return;
  const identity = MILITARY_IDENTITIES.find((m) => m.value === v.militaryIdentity);
  if (affiliation === CIVILIAN_AFFILIATION) {
    // Refused, not dropped: an identity beside 地方 means one of the two choices is wrong, and it decides 军事医学 (R-EX-8).
    if (identity) {
      issue(
        '本人身份仅限单位隶属为军队、武警、公安的考生填写。您的单位隶属为“地方”，请不要选择本人身份；如单位隶属选错了，请先改正单位隶属。',
      );
    }
    return;
  }
  if (!identity) {
    if (v.militaryIdentity === undefined) {
      issue(`单位隶属为${affiliation}的考生请选择本人身份：现役人员在第1、2、4、5项中选择，聘用人员在第3、6项中选择。`);
    }
    return;
  }
  if (!(identity.affiliations as readonly string[]).includes(affiliation)) {
    const range = affiliation === '军队' ? '“军队及武警……”的第1至3项' : '“公安部所属边防、消防、警卫……”的第4至6项';
    issue(`单位隶属为${affiliation}时，本人身份请在${range}中选择。`);
  }
}

/** R-PI-7, R-PI-8: PUT /api/profile/work body (titleObtainedOn is dropped when the title is 无 or not given). */
export const workSchema = makeWorkSchema();

export type WorkInput = z.input<typeof workSchema>;
export type Work = z.output<typeof workSchema>;
