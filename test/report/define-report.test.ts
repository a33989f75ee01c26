import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { defineReport } from '../../src/report/define-report.js';
import { note, prose } from '../../src/report/cells.js';

describe('defineReport', () => {
  it('returns a report with defaults', () => {
    const report = defineReport({ slug: 'a-story', title: 'A story', cells: [prose('lede', 'Hello.')] });
    expect(report.kind).toBe('report');
    expect(report.locale).toBe('en-US');
  });

  it('names the cell id used twice', () => {
    expect(() => defineReport({ slug: 'a', title: 'A', cells: [prose('x', 'a'), note('x', 'b')] })).toThrow(ReportError);
    expect(() => defineReport({ slug: 'a', title: 'A', cells: [prose('x', 'a'), note('x', 'b')] })).toThrow(/cell "x".*used twice/);
  });

  it('refuses slugs that are not folder names', () => {
    expect(() => defineReport({ slug: '../etc', title: 'A', cells: [prose('x', 'a')] })).toThrow(/slug/);
    expect(() => defineReport({ slug: 'Haiti MSS', title: 'A', cells: [prose('x', 'a')] })).toThrow(/slug/);
  });

  it('refuses a report date that is not an ISO day', () => {
    expect(() => defineReport({ slug: 'a', title: 'A', date: '8 May 2025', cells: [prose('x', 'a')] })).toThrow(/ISO day/);
  });
});
