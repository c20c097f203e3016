import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatChineseDateTime,
  isoDate,
  isoDateTime,
  shanghaiYear,
  toInstant,
} from '../../../src/lib/site/dates';

describe('dates in Asia/Shanghai', () => {
  it('runs under a non-Shanghai zone, so the assertions below mean something', () => {
    expect(new Date('2023-04-06T16:30:00Z').getDate()).toBe(6);
  });

  it('formats an instant on its Beijing calendar day, not the machine day', () => {
    const lateUtc = new Date('2023-04-06T16:30:00Z'); // 00:30 on 7 April in Beijing
    expect(formatChineseDate(lateUtc)).toBe('2023年4月7日');
    expect(isoDate(lateUtc)).toBe('2023-04-07');
    expect(formatChineseDateTime(lateUtc)).toBe('2023年4月7日 00:30');
    expect(isoDateTime(lateUtc)).toBe('2023-04-07T00:30:00+08:00');
  });

  it('keeps a YYYY-MM-DD calendar day as that day', () => {
    expect(formatChineseDate('2023-04-07')).toBe('2023年4月7日');
    expect(isoDate('2021-12-31')).toBe('2021-12-31');
    expect(shanghaiYear('2021-12-31')).toBe(2021);
  });

  it('handles year boundaries by Beijing time', () => {
    expect(shanghaiYear(new Date('2022-12-31T17:00:00Z'))).toBe(2023);
  });

  it('rejects dates it cannot read instead of printing Invalid Date', () => {
    expect(() => toInstant('2023年4月7日')).toThrow(/无法识别/);
    expect(() => toInstant(new Date('nope'))).toThrow(RangeError);
  });
});
