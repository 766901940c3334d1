const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `s` is 'YYYY-MM-DD' and that day exists in the calendar (no 2月30日, no 2023-02-29). */
export function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Year 0000 does not exist in the Gregorian calendar; every other 4-digit year is a valid calendar year.
  if (year < 1 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

// China has kept UTC+8 without daylight saving since 1992: today there is the UTC date eight hours on. Plain
// arithmetic, not Intl (formatToParts cost more than the rest of a wizard step's save together).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date 'YYYY-MM-DD' in Asia/Shanghai, whatever the time zone of the server or browser. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
