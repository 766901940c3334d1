import { describe, expect, it } from 'vitest';
import { registrationNumber } from './registration-number';

describe('registrationNumber (R-EX-10)', () => {
  it.each([
    ['2026110', '11', 1, '2026110110000001'],
    ['2026110', '65', '4321', '2026110650004321'],
    ['2026210', '44', 9_999_999, '2026210449999999'],
    // Past seven digits the serial is not cut (a cut would repeat earlier numbers).
    ['2026110', '11', 12_345_678, '20261101112345678'],
  ])('R-EX-10: exam %s, area %s, serial %s → %s', (exam, area, serial, expected) => {
    expect(registrationNumber(exam, area, serial)).toBe(expected);
  });
});
