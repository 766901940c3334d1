import type { Role } from './account/roles';

/** What an actor may do, by role; scope and state checks join this table as the features arrive. */
export const ACTIONS = [
  'dictionary.request',
  'dictionary.review',
  'application.apply',
  'application.print',
  'exemption.import',
] as const;
export type Action = (typeof ACTIONS)[number];

const ALLOWED = {
  'dictionary.request': ['CANDIDATE'],
  'dictionary.review': ['NATIONAL_ADMIN'],
  // R-EX-2…9: only candidates apply; an application belongs to its candidate (another's answers 404).
  'application.apply': ['CANDIDATE'],
  // R-EX-10: the candidate prints their own forms; the site's staff (R-SITE-3) join when their module arrives.
  'application.print': ['CANDIDATE'],
  // R-EX-11: the centre imports who passed the skills exam at a national base last year.
  'exemption.import': ['NATIONAL_ADMIN'],
} as const satisfies Record<Action, readonly Role[]>;

/** can(actor, action): a pure function the server enforces and the web app uses to show only what is allowed. */
export function can(actor: { role: Role } | null, action: Action): boolean {
  return actor !== null && (ALLOWED[action] as readonly Role[]).includes(actor.role);
}
