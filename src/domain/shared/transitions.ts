/** A status's transition table: each transition with the states it may start from and the state it leads to. */
export type TransitionTable<S extends string> = Record<string, { from: readonly S[]; to: S }>;

/** True when `transition` of `table` may start from `status`. */
export function allows<S extends string, T extends TransitionTable<S>>(
  table: T,
  status: S,
  transition: keyof T,
): boolean {
  return table[transition]!.from.includes(status);
}
