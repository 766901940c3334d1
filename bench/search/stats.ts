/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** The arithmetic mean of `values`. */
export const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/** `value` rounded to `digits` decimals, for a readable report. */
export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
