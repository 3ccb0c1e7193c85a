/** A calendar date without a time of day or a time zone. */
export interface CalendarDate {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function parseDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function toIso(date: CalendarDate): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

export function today(): CalendarDate {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/** Days since 1970-01-01; UTC, so daylight saving time never shifts a day. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function compare(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function validateBirth(value: string, on: CalendarDate | null): string | null {
  if (value.trim() === '') return 'Enter a date of birth to begin.';
  const birth = parseDate(value);
  if (!birth) return 'That date does not exist. Check the day and month.';
  if (birth.y < 1900) return 'Pick a date from 1900 onwards.';
  if (on && compare(birth, on) > 0) return 'The date of birth is after the day you are measuring to.';
  return null;
}

export function validateOn(value: string): string | null {
  if (value.trim() === '') return 'Enter the date to measure the age on.';
  const on = parseDate(value);
  if (!on) return 'That date does not exist.';
  if (on.y > 2200) return 'Pick a date before 2200.';
  return null;
}

/** A birthday in a given year; 29 February falls on 28 February in common years. */
export function birthdayIn(birth: CalendarDate, year: number): CalendarDate {
  if (birth.m === 2 && birth.d === 29 && !isLeap(year)) return { y: year, m: 2, d: 28 };
  return { y: year, m: birth.m, d: birth.d };
}

export interface Age {
  years: number;
  months: number;
  days: number;
  totalDays: number;
  totalWeeks: number;
  weekRemainder: number;
  totalMonths: number;
  totalHours: number;
  nextBirthday: CalendarDate;
  daysToBirthday: number;
  nextAge: number;
  birthdayToday: boolean;
}

export function computeAge(birth: CalendarDate, on: CalendarDate): Age {
  let years = on.y - birth.y;
  let months = on.m - birth.m;
  let days = on.d - birth.d;
  if (days < 0) {
    months -= 1;
    const prevMonth = on.m === 1 ? 12 : on.m - 1;
    const prevYear = on.m === 1 ? on.y - 1 : on.y;
    // Borrow the length of the previous month, capped so 31 Jan -> 1 Mar stays sensible.
    days += Math.max(daysInMonth(prevYear, prevMonth), birth.d);
  }
  if (months < 0) {
    years -= 1;
    months += 12;
  }
  const totalDays = dayNumber(on) - dayNumber(birth);
  let next = birthdayIn(birth, on.y);
  const birthdayToday = compare(next, on) === 0 && totalDays > 0;
  if (compare(next, on) <= 0) next = birthdayIn(birth, on.y + 1);
  return {
    years,
    months,
    days,
    totalDays,
    totalWeeks: Math.floor(totalDays / 7),
    weekRemainder: totalDays % 7,
    totalMonths: years * 12 + months,
    totalHours: totalDays * 24,
    nextBirthday: next,
    daysToBirthday: dayNumber(next) - dayNumber(on),
    nextAge: next.y - birth.y,
    birthdayToday,
  };
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekday(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()];
}

export function formatDate(date: CalendarDate, withWeekday = false): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', weekday: withWeekday ? 'long' : undefined, timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.y, date.m - 1, date.d)),
  );
}

const SIGNS: [string, string, number, number][] = [
  // name, symbol, last month, last day (the sign runs until that date inclusive)
  ['Capricorn', '♑', 1, 19],
  ['Aquarius', '♒', 2, 18],
  ['Pisces', '♓', 3, 20],
  ['Aries', '♈', 4, 19],
  ['Taurus', '♉', 5, 20],
  ['Gemini', '♊', 6, 20],
  ['Cancer', '♋', 7, 22],
  ['Leo', '♌', 8, 22],
  ['Virgo', '♍', 9, 22],
  ['Libra', '♎', 10, 22],
  ['Scorpio', '♏', 11, 21],
  ['Sagittarius', '♐', 12, 21],
  ['Capricorn', '♑', 12, 31],
];

export function zodiac(date: CalendarDate): { name: string; symbol: string } {
  const found = SIGNS.find(([, , m, d]) => date.m < m || (date.m === m && date.d <= d)) ?? SIGNS[0];
  return { name: found[0], symbol: found[1] };
}

const ANIMALS: [string, string][] = [
  ['Rat', '🐀'], ['Ox', '🐂'], ['Tiger', '🐅'], ['Rabbit', '🐇'], ['Dragon', '🐉'], ['Snake', '🐍'],
  ['Horse', '🐎'], ['Goat', '🐐'], ['Monkey', '🐒'], ['Rooster', '🐓'], ['Dog', '🐕'], ['Pig', '🐖'],
];

/** The animal of the birth year (by calendar year; the lunar new year moves between late January and February). */
export function chineseZodiac(year: number): { name: string; symbol: string } {
  const [name, symbol] = ANIMALS[(((year - 2020) % 12) + 12) % 12];
  return { name, symbol };
}

export interface Milestone {
  label: string;
  date: CalendarDate;
  past: boolean;
}

export function milestones(birth: CalendarDate, on: CalendarDate): Milestone[] {
  const start = dayNumber(birth);
  const now = dayNumber(on);
  const byDays: [string, number][] = [
    ['1,000 days old', 1000],
    ['5,000 days old', 5000],
    ['10,000 days old', 10000],
    ['15,000 days old', 15000],
    ['20,000 days old', 20000],
    ['25,000 days old', 25000],
    ['1 billion seconds old', Math.ceil(1e9 / 86400)],
    ['2 billion seconds old', Math.ceil(2e9 / 86400)],
    ['1,000 weeks old', 7000],
    ['2,000 weeks old', 14000],
    ['3,000 weeks old', 21000],
  ];
  const list: Milestone[] = byDays.map(([label, days]) => ({ label, date: fromDayNumber(start + days), past: start + days <= now }));
  for (const age of [18, 21, 30, 40, 50, 65, 100]) {
    const date = birthdayIn(birth, birth.y + age);
    list.push({ label: `${ordinal(age)} birthday`, date, past: dayNumber(date) <= now });
  }
  return list.sort((a, b) => compare(a.date, b.date));
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export const number = new Intl.NumberFormat();
