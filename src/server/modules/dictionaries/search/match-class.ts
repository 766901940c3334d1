/** How a document matches a query, best first: the ranking's first key. */
export const MatchClass = {
  /** The query equals a whole form (or the code). */
  exact: 0,
  /** A form starts with the query. */
  prefix: 1,
  /** A form contains the query elsewhere. */
  inside: 2,
  none: 3,
} as const;
