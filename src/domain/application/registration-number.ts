/** R-EX-10: the serial's width in a registration number; a larger serial keeps all its digits (numbers stay unique). */
const SERIAL_DIGITS = 7;

/** R-EX-10: 报名号 = exam code (year + category code) + area code + a serial of the whole centre, zero-padded. */
export function registrationNumber(examCode: string, areaCode: string, serial: number | string): string {
  return `${examCode}${areaCode}${String(serial).padStart(SERIAL_DIGITS, '0')}`;
}
