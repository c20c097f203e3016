import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event';

const base = {
  title: '测试活动',
  kind: '科普讲座',
  datePrecision: 'day',
  start: '2027-03-20',
  organizer: '益阳市科学技术协会',
  audience: ['小学'],
  updated: '2026-11-23',
};

function issues(input: Record<string, unknown>) {
  const r = eventSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('event schema', () => {
  it('accepts a minimal valid entry and fills defaults', () => {
    const r = eventSchema.parse(base);
    expect(r.status).toBe('scheduled');
    expect(r.example).toBe(false);
  });

  it('stops on an end before the start, naming the end field', () => {
    const found = issues({ ...base, end: '2027-03-19' });
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('end');
    expect(found[0]!.message).toContain('早于开始');
  });

  it('stops on a registration deadline after the end, naming that field', () => {
    const found = issues({ ...base, end: '2027-03-21', registrationDeadline: '2027-03-22' });
    expect(found.map((f) => f.path)).toEqual(['registrationDeadline']);
    expect(found[0]!.message).toContain('晚于活动结束');
  });

  it('allows a deadline on the last day of a day-precision event', () => {
    expect(issues({ ...base, registrationDeadline: '2027-03-20' })).toEqual([]);
  });

  it('compares a timed deadline with a timed end to the minute', () => {
    const timed = { ...base, datePrecision: 'datetime', start: '2027-03-20T09:00', end: '2027-03-20T11:00' };
    expect(issues({ ...timed, registrationDeadline: '2027-03-20T10:00' })).toEqual([]);
    expect(issues({ ...timed, registrationDeadline: '2027-03-20T11:01' }).map((f) => f.path)).toEqual([
      'registrationDeadline',
    ]);
  });

  it('a month-precision event may take registrations until the last day of that month', () => {
    const month = { ...base, datePrecision: 'month', start: '2026-09' };
    expect(issues({ ...month, registrationDeadline: '2026-09-30' })).toEqual([]);
    expect(issues({ ...month, registrationDeadline: '2026-10-01' }).map((f) => f.path)).toEqual([
      'registrationDeadline',
    ]);
  });

  it('refuses a start written at another precision than datePrecision', () => {
    const found = issues({ ...base, datePrecision: 'month', start: '2023-05-20' });
    expect(found.map((f) => f.path)).toEqual(['start']);
    expect(found[0]!.message).toContain('具体日期');
  });

  it('refuses days that do not exist', () => {
    expect(issues({ ...base, start: '2027-02-29' }).map((f) => f.path)).toEqual(['start']);
  });

  it('reads YAML-parsed values back as written: unquoted dates and bare years', () => {
    expect(eventSchema.parse({ ...base, start: new Date('2027-03-20T00:00:00Z') }).start).toBe('2027-03-20');
    expect(eventSchema.parse({ ...base, datePrecision: 'year', start: 2023 }).start).toBe('2023');
  });

  it('refuses a YAML timestamp with a time of day (YAML would read it as UTC)', () => {
    const found = issues({ ...base, datePrecision: 'datetime', start: new Date('2027-03-20T09:00:00Z') });
    expect(found.map((f) => f.path)).toEqual(['start']);
  });

  it('names unknown kinds and audiences, empty audiences and bad clause ids', () => {
    const found = issues({
      ...base,
      kind: '运动会',
      audience: [],
      relatedClause: { document: 'yikexie-2023-12', clause: '第6条', label: 'x' },
    });
    expect(found.map((f) => f.path).sort()).toEqual(['audience', 'kind', 'relatedClause.clause']);
  });

  it('refuses unknown fields so typos do not vanish silently', () => {
    expect(issues({ ...base, locaton: { name: 'x' } }).map((f) => f.path)).toEqual(['']);
  });

  it('refuses a registration URL that is not http(s)', () => {
    expect(issues({ ...base, registrationUrl: 'javascript:alert(1)' }).map((f) => f.path)).toEqual(['registrationUrl']);
  });
});
