// The two cross-check calendars ship types their package "exports" maps do not expose to
// moduleResolution "bundler"; declare just what the tests use.
declare module 'date-chinese' {
  export class CalendarChinese {
    newYear(gregorianYear: number): number;
    fromJDE(jde: number): this;
    fromGregorian(year: number, month: number, day: number): this;
    toGregorian(): { year: number; month: number; day: number };
    get(): [number, number, number, boolean, number];
  }
}
declare module 'solarlunar' {
  interface Converted { cYear: number; cMonth: number; cDay: number; lYear: number; lMonth: number; lDay: number; isLeap: boolean }
  const solarLunar: {
    lunar2solar(year: number, month: number, day: number, isLeapMonth?: boolean): Converted | -1;
    solar2lunar(year: number, month: number, day: number): Converted | -1;
    leapMonth(year: number): number;
    leapDays(year: number): number;
    monthDays(year: number, month: number): number;
  };
  export default solarLunar;
}
