/** schema.org Event JSON-LD for one event page. Dates keep their precision (2023, 2023-05 are valid ISO 8601). */
import { isoEventDate } from './eventDate';
import type { EventRecord } from './eventRecord';
import type { EventStatus } from './vocabulary';
import { eventPageUrl } from './ical';

const STATUS_URL: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

export function eventJsonLd(e: EventRecord, baseUrl: string, description: string | null): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.example ? `${e.title}（示例）` : e.title,
    url: eventPageUrl(e, baseUrl),
    startDate: isoEventDate(e.start),
    eventStatus: STATUS_URL[e.status],
    organizer: { '@type': 'Organization', name: e.organizer },
    audience: e.audience.map((a) => ({ '@type': 'Audience', audienceType: a })),
    inLanguage: 'zh-CN',
  };
  if (e.end) ld.endDate = isoEventDate(e.end);
  if (e.location) {
    ld.location = {
      '@type': 'Place',
      name: e.location.name,
      ...(e.location.address
        ? { address: { '@type': 'PostalAddress', streetAddress: e.location.address, addressCountry: 'CN' } }
        : {}),
    };
  }
  if (description) ld.description = description;
  return ld;
}

/** Safe to put inside <script type="application/ld+json"> (no "</script>" breakout). */
export function jsonLdText(ld: unknown): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
