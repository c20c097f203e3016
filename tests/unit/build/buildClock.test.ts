import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBuildTime } from '../../../src/lib/build/buildClock';

describe('parseBuildTime', () => {
  it('reads an ISO 8601 instant with its offset', () => {
    expect(parseBuildTime('2026-11-23T10:00:00+08:00')).toBe(Date.UTC(2026, 10, 23, 2, 0, 0));
    expect(parseBuildTime('2026-11-23T02:00Z')).toBe(Date.UTC(2026, 10, 23, 2, 0, 0));
  });

  it('takes a date, or a date-time without offset, as Beijing time whatever TZ says', () => {
    expect(parseBuildTime('2026-11-23')).toBe(Date.UTC(2026, 10, 22, 16, 0, 0));
    expect(parseBuildTime('2026-11-23T10:00')).toBe(Date.UTC(2026, 10, 23, 2, 0, 0));
  });

  it.each(['tomorrow', '2026-13-01', '2026-02-30', '23/11/2026', 'Nov 23 2026', '2026-11-23 10:00', ''])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => parseBuildTime(value)).toThrow(/环境变量 SITE_BUILD_TIME.*不是有效的 ISO 8601 时间/u);
    },
  );
});

describe('buildNow', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is SITE_BUILD_TIME when set, the same on every call', async () => {
    vi.stubEnv('SITE_BUILD_TIME', '2027-09-30T23:00:00+08:00');
    const { buildNow, buildDate } = await import('../../../src/lib/build/buildClock');
    expect(buildNow()).toBe(Date.UTC(2027, 8, 30, 15, 0, 0));
    expect(buildDate().toISOString()).toBe('2027-09-30T15:00:00.000Z');
  });

  it('without SITE_BUILD_TIME is read once: later calls give the first instant', async () => {
    vi.stubEnv('SITE_BUILD_TIME', '');
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    try {
      const { buildNow } = await import('../../../src/lib/build/buildClock');
      const first = buildNow();
      expect(first).toBe(Date.UTC(2026, 0, 1));
      vi.setSystemTime(Date.UTC(2026, 0, 2));
      expect(buildNow()).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at the first read when SITE_BUILD_TIME is not a date', async () => {
    vi.stubEnv('SITE_BUILD_TIME', 'soon');
    const { buildNow } = await import('../../../src/lib/build/buildClock');
    expect(() => buildNow()).toThrow(/SITE_BUILD_TIME「soon」/u);
  });
});
