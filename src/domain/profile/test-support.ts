import type { z } from 'zod';
import { zodIssuesToFields } from '../shared/validation';

/** The `fields` object the server would answer for `input` (one message per JSON field), or null when valid. */
export function fieldsOf(schema: z.ZodType, input: unknown): Record<string, string> | null {
  const result = schema.safeParse(input);
  return result.success ? null : zodIssuesToFields(result.error.issues);
}

/** The parsed output of a valid `input`; fails the test with the field messages when it is not valid. */
export function parsed<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(zodIssuesToFields(result.error.issues)));
  return result.data;
}

/** A fixed "today" for schemas that read the clock: 2025-06-15 in China. */
export const TODAY = '2025-06-15';
/** The clock the tests inject. */
export const today = (): string => TODAY;
