/** 报名截止 countdown, in whole Beijing calendar days (computed in the browser from today). */
import { daysBetween, shanghaiDayKey } from '../site/calendarDays';

export type CountdownState = 'open' | 'today' | 'closed';

export interface Countdown {
  state: CountdownState;
  /** Whole calendar days from today to the deadline day (0 on the day itself). */
  days: number;
  text: string;
}

/**
 * @param deadline the instant registration closes
 * @param now the current instant
 */
export function deadlineCountdown(deadline: number, now: number): Countdown {
  if (now >= deadline) return { state: 'closed', days: 0, text: '报名已截止' };
  // A day-precision deadline closes at the next midnight; step back 1 ms to name its own day.
  const days = daysBetween(shanghaiDayKey(now), shanghaiDayKey(deadline - 1));
  if (days <= 0) return { state: 'today', days: 0, text: '今天报名截止' };
  return { state: 'open', days, text: `距报名截止还有 ${days} 天` };
}
