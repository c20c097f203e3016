import { describe, expect, it } from 'vitest';
import { upcomingEventFindings, upcomingSlugs } from '../../../src/lib/inspect/rules/upcomingEvents';

const html = `<h2>即将举行</h2><ul class="event-list" id="events-upcoming"><li><a href="/events/a/">A</a></li>
<li><a href="/events/b/">B</a></li></ul><ul class="event-list" id="events-past"><li><a href="/events/c/">C</a></li></ul>`;

describe('过期活动仍列为即将举行', () => {
  it('reads the slugs of the 即将举行 list only', () => {
    expect(upcomingSlugs(html)).toEqual(['a', 'b']);
    expect(upcomingSlugs('<ul id="events-past"></ul>')).toEqual([]);
  });

  it('reports an event listed as upcoming after it ended, not one still to come', () => {
    const now = Date.parse('2026-12-08T10:00:00+08:00');
    const listed = [
      { title: '讲座', page: '/events/', endsAt: Date.parse('2026-12-05T11:00:00+08:00'), endText: '2026-12-05T11:00' },
      { title: '大赛', page: '/events/', endsAt: Date.parse('2027-03-01T00:00:00+08:00'), endText: '2027-02-28' },
    ];
    const found = upcomingEventFindings(listed, now);
    expect(found.map((f) => f.text)).toEqual(['“讲座”已于 2026-12-05T11:00 结束，仍列在“即将举行”']);
  });
});
