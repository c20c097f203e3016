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

/**
 * `region` (site.json: 湖南省益阳市) is where the site's events take place: the address given for a
 * dated event whose venue is not announced yet, so a search engine still places it, and the region
 * of a venue known by name only.
 */
export function eventJsonLd(
  e: EventRecord,
  baseUrl: string,
  description: string | null,
  region?: string,
): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.example ? `${e.title}（示例）` : e.title,
    url: eventPageUrl(e, baseUrl),
    startDate: isoEventDate(e.start),
    eventStatus: STATUS_URL[e.status],
    // The schema has no online events: every event is held at a place (announced or not yet).
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    organizer: { '@type': 'Organization', name: e.organizer },
    audience: e.audience.map((a) => ({ '@type': 'Audience', audienceType: a })),
    inLanguage: 'zh-CN',
  };
  if (e.end) ld.endDate = isoEventDate(e.end);
  const regionAddress = region ? { addressRegion: region } : {};
  if (e.location) {
    ld.location = {
      '@type': 'Place',
      name: e.location.name,
      address: {
        '@type': 'PostalAddress',
        // Known by name only: the venue's name is its address (what one tells a taxi driver).
        streetAddress: e.location.address ?? e.location.name,
        ...(e.location.address ? {} : regionAddress),
        addressCountry: 'CN',
      },
    };
  } else if (region && (e.start.precision === 'day' || e.start.precision === 'datetime')) {
    ld.location = {
      '@type': 'Place',
      name: `${region}（具体地点未公布）`,
      address: { '@type': 'PostalAddress', ...regionAddress, addressCountry: 'CN' },
    };
  }
  if (description) ld.description = description;
  return ld;
}

/** Safe to put inside <script type="application/ld+json"> (no "</script>" breakout). */
export function jsonLdText(ld: unknown): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
