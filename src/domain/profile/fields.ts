import { z } from 'zod';

// The zod building blocks of the 个人信息 forms (contact and profile), worded like account/schemas.ts, whose own
// helpers are private: every group then says "请填写…" / "请选择…" the same way (R-PI-5). A candidate for shared/.

/** True while a field has no issue yet: each field then reports one message, the first that applies. */
export function noIssuesYet(payload: { issues: readonly unknown[] }): boolean {
  return payload.issues.length === 0;
}

/** A check's params that make it run only while the field has no issue yet. */
export const once = (error: string) => ({ error, when: noIssuesYet });

// Not `abort: true`, which would also stop the object-level rules, so other fields' mistakes would go unreported.
/** Params of an object-level rule: it runs even when fields failed (R-PI-5), never on a body that is not an object. */
export const WHEN_OBJECT = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** The message for a body that is not a JSON object. */
export const NOT_AN_OBJECT = '请求内容应为 JSON 对象，请检查提交的数据。';

/** "请选择X。" for a field picked from a list or dictionary, "请填写X。" for a typed one. */
export function missingMessage(label: string, chosen: boolean): string {
  return chosen ? `请选择${label}。` : `请填写${label}。`;
}

/** A string field whose missing value and wrong type both get a Chinese message naming the field. */
export function text(label: string, missing = missingMessage(label, false)) {
  return z.string({ error: (issue) => (issue.input == null ? missing : `${label}应为文字，请重新填写。`) });
}

/** A required typed field: trimmed, then judged by `check` (null when valid, else what to correct). */
export function checkedText(label: string, check: (value: string) => string | null, missing?: string) {
  const required = missing ?? missingMessage(label, false);
  return text(label, required)
    .trim()
    .min(1, once(required))
    .superRefine(
      (value, ctx) => {
        const message = check(value);
        if (message !== null) ctx.addIssue({ code: 'custom', message });
      },
      { when: noIssuesYet },
    );
}

/** Absent, null and blank text all mean "not given" (an emptied form field sends ''). */
export function blankToUndefined(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/** The optional form of `checkedText`: absent, null or blank becomes undefined. */
export function optionalCheckedText(label: string, check: (value: string) => string | null) {
  return z.preprocess(
    (value: string | null | undefined) => blankToUndefined(value),
    checkedText(label, check).optional(),
  );
}

/** A field chosen from a list: missing and unknown values each get their own message. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, {
    error: (issue) => (issue.input == null ? `请选择${label}。` : `${label}不在可选范围内，请从列表中重新选择。`),
  });
}

/** R-DICT-3: the id of a dictionary entry; typed text that is not in the dictionary cannot be submitted. */
export function dictionaryId(label: string, missing = missingMessage(label, true)) {
  const notChosen = `请从检索列表中选择${label}；列表中没有时，请申请添加到字典，添加成功后再选择。`;
  // Dictionary ids are the database's bigint identities, sent as strings (API.md: `schoolId`, `majorId`).
  return z
    .string({ error: (issue) => (issue.input == null ? missing : notChosen) })
    .regex(/^\d{1,18}$/, once(notChosen));
}

/**
 * Parses an object form after dropping its blank values and the keys `hidden` names for that input: a field the
 * candidate's choices hide is ignored, not judged (R-EDU-1), and an emptied field counts as not given.
 */
export function formObject<T extends z.ZodType>(
  schema: T,
  hidden: (input: Record<string, unknown>) => Iterable<string> = () => [],
) {
  // Typed as the inner object's input, so forms and clients see the fields; at run time anything may arrive.
  return z.preprocess((body: z.input<T>) => {
    const input: unknown = body;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const record = input as Record<string, unknown>;
    const hide = new Set(hidden(record));
    // Object.fromEntries defines own keys, so a "__proto__" key from JSON stays an ordinary key.
    return Object.fromEntries(
      Object.entries(record).filter(([key, value]) => !hide.has(key) && blankToUndefined(value) !== undefined),
    );
  }, schema);
}

/** Adds the missing-field message to every field of `required` that `value` lacks. */
export function requireFields(
  ctx: z.RefinementCtx,
  value: Record<string, unknown>,
  required: Iterable<string>,
  messageOf: (field: string) => string,
): void {
  for (const field of required) {
    if (value[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: messageOf(field) });
  }
}
