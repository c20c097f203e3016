import { describe, expect, it } from 'vitest';
import { inspectionTime } from '../../../src/lib/inspect/clock';

describe('自查的“现在”', () => {
  it('is SITE_BUILD_TIME when set, else the current time', () => {
    expect(inspectionTime({ SITE_BUILD_TIME: '2026-12-08T09:00:00+08:00' }).toISOString()).toBe(
      '2026-12-08T01:00:00.000Z',
    );
    const before = Date.now();
    expect(inspectionTime({}).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('refuses a value that is not ISO 8601, in Chinese', () => {
    expect(() => inspectionTime({ SITE_BUILD_TIME: '昨天' })).toThrow(/SITE_BUILD_TIME 的值“昨天”不是 ISO 8601/u);
  });
});
