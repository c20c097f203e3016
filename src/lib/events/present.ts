/** Chinese text for event facts shared by pages, feeds and JSON-LD. */
import { SITE_UTC_OFFSET } from '../site/calendarDays';
import { detectPrecision, formatEventDate, parseEventDate } from './eventDate';

/** 2026年12月3日 or 2026年12月3日 17:00 (a day deadline means the end of that day). */
export function formatDeadline(text: string): string {
  const p = detectPrecision(text);
  if (p !== 'day' && p !== 'datetime') return text;
  return formatEventDate(parseEventDate(text, p));
}

/** <time datetime> value for a deadline. */
export function isoDeadline(text: string): string {
  return detectPrecision(text) === 'datetime' ? `${text.replace(' ', 'T')}:00${SITE_UTC_OFFSET}` : text;
}
