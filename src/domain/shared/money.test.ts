import { describe, expect, it } from 'vitest';
import { formatYuan } from './money';

describe('formatYuan (R-EX-1: fees in fen, shown in yuan)', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [50, '¥0.50'],
    [5000, '¥50.00'],
    [12345, '¥123.45'],
    [1234567, '¥12345.67'],
  ])('R-EX-1: %i fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])('R-EX-1: %s is not an amount in fen', (fen) => {
    expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});
