/**
 * Money is held in fen (分, 1/100 yuan) as integers everywhere — database, API, domain — so no float rounding ever
 * reaches an amount shown on a page or printed on a form; it becomes yuan text only here.
 */

/** An amount in fen as the platform shows and prints it: 5000 → ¥50.00, 12345 → ¥123.45 (no grouping). */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return `¥${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
