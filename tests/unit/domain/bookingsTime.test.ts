// Swedish dates and clock times as the project team offers times: the offset follows winter and summer time, and
// a clock time the spring change skips is no time at all.
import { stockholmInstant } from '../../../src/domain';

describe('Swedish time', () => {
  it('is an hour ahead of UTC in winter and two in summer', () => {
    expect(stockholmInstant({ date: '2026-01-15', time: '09:00' })).toBe('2026-01-15T08:00:00Z');
    expect(stockholmInstant({ date: '2026-07-01', time: '09:00' })).toBe('2026-07-01T07:00:00Z');
    expect(stockholmInstant({ date: '2026-01-01', time: '00:30' })).toBe('2025-12-31T23:30:00Z');
  });

  it('follows the changes of 2026: 29 March and 25 October', () => {
    expect(stockholmInstant({ date: '2026-03-29', time: '01:59' })).toBe('2026-03-29T00:59:00Z');
    expect(stockholmInstant({ date: '2026-03-29', time: '02:30' })).toBeNull();
    expect(stockholmInstant({ date: '2026-03-29', time: '03:00' })).toBe('2026-03-29T01:00:00Z');
    expect(stockholmInstant({ date: '2026-10-25', time: '04:00' })).toBe('2026-10-25T03:00:00Z');
  });

  it('refuses text that is not a date and a clock time', () => {
    for (const wall of [
      { date: '', time: '09:00' },
      { date: '2026-02-30', time: '09:00' },
      { date: '2026-01-15', time: '24:00' },
      { date: '2026-01-15', time: '9:00' },
    ]) {
      expect({ wall, instant: stockholmInstant(wall) }).toEqual({ wall, instant: null });
    }
  });
});
