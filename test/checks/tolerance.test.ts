import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCES, acceptedRange, inRange, thousandFold, tolerancesWith } from '../../src/checks/tolerance.js';

const approximate = 0.1;

describe('acceptedRange', () => {
  it('covers half the last stated digit either side', () => {
    expect(acceptedRange(13e6, { step: 1e6, approximate })).toEqual({ low: 12.5e6, high: 13.5e6 });
    expect(acceptedRange(49, { step: 1, approximate })).toEqual({ low: 48.5, high: 49.5 });
  });

  it('bounds the figure after a qualifier', () => {
    expect(acceptedRange(13e6, { step: 1e6, bound: 'at-least', approximate })).toEqual({ low: 13e6 });
    expect(acceptedRange(30, { step: 1, bound: 'at-most', approximate })).toEqual({ high: 30 });
    expect(acceptedRange(800, { step: 1, bound: 'about', approximate })).toEqual({ low: 720, high: 880 });
    expect(acceptedRange(800, { step: 1, bound: 'just-under', approximate })).toEqual({ low: 720, high: 800 });
    expect(acceptedRange(800, { step: 1, bound: 'just-over', approximate })).toEqual({ low: 800, high: 880 });
  });

  it('widens to a relative margin when that is larger than the rounding', () => {
    expect(acceptedRange(1.68e9, { step: 1e7, relative: 0.01, approximate })).toEqual({ low: 1.6632e9, high: 1.6968e9 });
  });
});

describe('inRange', () => {
  it('includes both ends and ignores floating-point noise', () => {
    expect(inRange(12.5e6, { low: 12.5e6, high: 13.5e6 })).toBe(true);
    expect(inRange(0.1 + 0.2, { low: 0, high: 0.3 })).toBe(true);
    expect(inRange(13.6e6, { low: 12.5e6, high: 13.5e6 })).toBe(false);
    expect(inRange(1e12, { low: 13e6 })).toBe(true);
  });
});

describe('thousandFold', () => {
  it('finds a factor near a power of 1,000 either way up', () => {
    expect(thousandFold(1000, 0.05)).toBe(1000);
    expect(thousandFold(1 / 1020, 0.05)).toBe(1000);
    expect(thousandFold(1.0005e6, 0.05)).toBe(1e6);
    expect(thousandFold(10.54, 0.05)).toBeUndefined();
    expect(thousandFold(-1000, 0.05)).toBeUndefined();
  });
});

describe('tolerancesWith', () => {
  it('lays the given tolerances over the defaults', () => {
    expect(tolerancesWith({ conversion: 0.02, relative: { money: 0.05 } })).toEqual({ ...DEFAULT_TOLERANCES, conversion: 0.02, relative: { money: 0.05 } });
  });
});
