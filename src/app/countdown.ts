/**
 * A countdown in words ("3 天 4 小时 5 分钟", "2 hours 5 minutes 9 seconds"), counted in China
 * time with date-fns; seconds are dropped once it is a day or more away. Its own module because
 * formatDuration brings whole date-fns locales (their parsing code too, ~4 KB gzip): the card
 * loads it lazily (verdict/Countdown.tsx), and only a live clock shows a countdown.
 */
import { formatDuration, intervalToDuration, type Duration } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Lang } from '../i18n';
import { inChinaZone } from './chinaTime';

const LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

export function countdown(fromMs: number, toMs: number, lang: Lang): string {
  const d = intervalToDuration({ start: fromMs, end: Math.max(fromMs, toMs) }, { in: inChinaZone });
  // Months away: months and days say enough; days away: down to minutes; within a day: seconds.
  const format: (keyof Duration)[] = d.years || d.months ? ['years', 'months', 'days'] : d.days ? ['days', 'hours', 'minutes'] : ['hours', 'minutes', 'seconds'];
  return formatDuration(d, { format, locale: LOCALES[lang] }) || formatDuration({ seconds: 0 }, { format: ['seconds'], zero: true, locale: LOCALES[lang] });
}
