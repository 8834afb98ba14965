/**
 * Calendar days, in one place: "today" is the UTC day everywhere (`npm run
 * new`, the future-date warning), and a date that does not exist is named as
 * such ("30 February 2024 does not exist"), not as a format error.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` of the UTC day `now` falls on. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Why a `YYYY-MM-DD` (with numbers in range of the format) names no day, or
 * undefined when it is a real day: `month 13 does not exist`,
 * `30 February 2024 does not exist (February 2024 has 29 days)`.
 */
export function missingDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist (months are 01 to 12)`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    const name = `${MONTHS[month - 1]} ${year}`;
    return day < 1
      ? `day ${day} of ${name} does not exist`
      : `${day} ${name} does not exist (${name} has ${daysInMonth} days)`;
  }
  return undefined;
}
