/** A saved group as form values: nulls (absent in the answer) left out, so selects show their placeholder. */
export function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** Select options of a domain list whose values are their Chinese labels. */
export function optionsOf(values: readonly string[]) {
  return values.map((value) => ({ value, label: value }));
}
