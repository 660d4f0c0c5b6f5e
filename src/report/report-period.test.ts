// The report's period: real calendar days, at most ten years, cut into calendar months, quarters or years, with
// days beginning at midnight Central European (Summer) Time.
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { addMonths, checkPeriod, defaultInterval, isIsoDate, periodBuckets, sqlBuckets, startOfDay } from '#src/report/report-period.ts';

describe('the period', () => {
  it('accepts only real calendar days', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-1-01', '31.12.2025', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });

  it('refuses an end before the start and more than ten years, naming the field', () => {
    const fieldOf = (from: string, to: string) => {
      try {
        checkPeriod(from, to);
        return null;
      } catch (err) {
        return err instanceof AppError ? [err.code, (err.details as Array<{ field: string }>)[0]!.field] : err;
      }
    };
    expect(fieldOf('2025-01-02', '2025-01-01')).toEqual(['invalid', 'to']);
    expect(fieldOf('2015-01-01', '2025-01-01')).toEqual(['invalid', 'to']);
    expect(fieldOf('2025-02-30', '2025-03-01')).toEqual(['invalid', 'from']);
    expect(fieldOf('2015-01-01', '2024-12-31')).toBeNull();
    expect(fieldOf('2025-05-05', '2025-05-05')).toBeNull();
  });

  it('adds months without running past a month’s end', () => {
    expect([addMonths('2025-01-31', 1), addMonths('2024-01-31', 1), addMonths('2015-03-15', 120)]).toEqual(['2025-02-28', '2024-02-29', '2025-03-15']);
  });

  it('picks months up to 18 months, quarters up to five years, then years', () => {
    expect(defaultInterval({ from: '2025-01-01', to: '2025-12-31' })).toBe('month');
    expect(defaultInterval({ from: '2024-01-01', to: '2025-06-30' })).toBe('month');
    expect(defaultInterval({ from: '2024-01-01', to: '2025-07-01' })).toBe('quarter');
    expect(defaultInterval({ from: '2021-01-01', to: '2025-12-31' })).toBe('quarter');
    expect(defaultInterval({ from: '2020-01-01', to: '2025-12-31' })).toBe('year');
  });

  it('cuts the period at calendar boundaries, the first and last bucket partial', () => {
    expect(periodBuckets({ from: '2025-01-15', to: '2025-03-10' }, 'month')).toEqual([
      { from: '2025-01-15', to: '2025-01-31' }, { from: '2025-02-01', to: '2025-02-28' }, { from: '2025-03-01', to: '2025-03-10' },
    ]);
    expect(periodBuckets({ from: '2025-02-01', to: '2025-08-31' }, 'quarter')).toEqual([
      { from: '2025-02-01', to: '2025-03-31' }, { from: '2025-04-01', to: '2025-06-30' }, { from: '2025-07-01', to: '2025-08-31' },
    ]);
    expect(periodBuckets({ from: '2023-07-01', to: '2025-06-30' }, 'year')).toEqual([
      { from: '2023-07-01', to: '2023-12-31' }, { from: '2024-01-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-06-30' },
    ]);
    expect(periodBuckets({ from: '2025-05-05', to: '2025-05-05' }, 'year')).toEqual([{ from: '2025-05-05', to: '2025-05-05' }]);
  });

  it('begins days at midnight in Central European Time, summer time included', () => {
    expect(startOfDay('2025-01-01').toISOString()).toBe('2024-12-31T23:00:00.000Z');
    expect(startOfDay('2025-07-01').toISOString()).toBe('2025-06-30T22:00:00.000Z');
    expect(startOfDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z'); // the clocks go forward at 02:00
    expect(startOfDay('2025-03-31').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z'); // and back at 03:00
    expect(startOfDay('2025-10-27').toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('gives the SQL the whole period as bucket 0 and the series after it, each as days and instants', () => {
    expect(sqlBuckets({ from: '2025-01-01', to: '2025-02-28' }, periodBuckets({ from: '2025-01-01', to: '2025-02-28' }, 'month'))).toEqual([
      { i: 0, lo: '2025-01-01', hi: '2025-02-28', lo_at: '2024-12-31T23:00:00.000Z', hi_at: '2025-02-28T23:00:00.000Z' },
      { i: 1, lo: '2025-01-01', hi: '2025-01-31', lo_at: '2024-12-31T23:00:00.000Z', hi_at: '2025-01-31T23:00:00.000Z' },
      { i: 2, lo: '2025-02-01', hi: '2025-02-28', lo_at: '2025-01-31T23:00:00.000Z', hi_at: '2025-02-28T23:00:00.000Z' },
    ]);
  });
});
