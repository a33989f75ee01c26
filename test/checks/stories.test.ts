/**
 * Two made-up stories about the same deployment: one that gets every figure right, and one with an
 * error of each kind planted in it. Every verdict is asserted; no correct statement may be flagged.
 */

import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { claimConversion } from '../../src/checks/claim-conversion.js';
import { claimDate } from '../../src/checks/claim-date.js';
import { claimSum } from '../../src/checks/claim-sum.js';
import type { LedgerEntry } from '../../src/checks/verdict.js';
import { share } from '../../src/facts/share.js';
import { span } from '../../src/facts/span.js';
import { day, fact, kesPerUsd, officers } from './make-facts.js';

const total = officers(817, 'officers deployed in total');
const first = officers(400, 'first contingent');
const flagOff = day('2024-06-24', 'first contingent flagged off');
const departed = day('2024-06-25', 'first contingent departed');
const landed = day('2024-07-16', 'second contingent landed');
const thirdLeft = day('2025-01-18', 'third contingent left');
const funding = fact('money', 13_000_000, 'USD', 'US funding paused', '$13 million');
const rate = kesPerUsd(129.27, '2025-05-08');
const firstShare = share(first, total, { label: 'first contingent as a share of all officers' });

const contingents = fact('count', 3, 'contingents', 'contingents sent', '3');
// Intl puts a no-break space between "KSh" and the figure.
const verdicts = (ledger: readonly LedgerEntry[]) => ledger.map((entry) => [entry.claim.text, entry.verdict]);

describe('a story that gets every figure right', () => {
  const story = [
    'Kenya has sent 817 officers to Haiti in three contingents of 400, 200 and 217.',
    'The first was flagged off on Monday, June 24, 2024; it was 49% of the force.',
    'The second landed on July 16, 2024, three weeks after the first left, and the third left on Saturday, January 18, 2025.',
    'More than $13 million (sh1.68 billion) in US funding was paused, and the monthly cost is about $2.5 million (KSh 323 million).',
  ].join('\n');
  const claims = [
    claim('817 officers', { expect: total }),
    // The sum and the count share their words ("817"): the sum is given its own id.
    claimSum('817', ['400', '200', '217'], { id: 'sum', sentence: 'Kenya has sent 817 officers to Haiti in three contingents of 400, 200 and 217.' }),
    claim('three contingents', { expect: contingents }),
    claim('400', { expect: first }),
    claim('200', { expect: officers(200, 'second contingent') }),
    claim('217', { expect: officers(217, 'third contingent') }),
    claimDate('Monday, June 24, 2024', { expect: flagOff }),
    claim('49%', { expect: firstShare }),
    claimDate('July 16, 2024', { expect: landed }),
    claim('three weeks after', { expect: span(departed, landed, { unit: 'weeks' }) }),
    claimDate('Saturday, January 18, 2025', { expect: thirdLeft }),
    claim('More than $13 million', { expect: funding }),
    claimConversion('$13 million (sh1.68 billion)', { rate }),
    claimConversion('$2.5 million (KSh 323 million)', { rate }),
  ];
  const ledger = checkClaims(claims, { article: story });

  it('supports every claim', () => {
    expect(verdicts(ledger)).toEqual([
      ['817 officers', 'supported'],
      ['817', 'supported'],
      ['three contingents', 'supported'],
      ['400', 'supported'],
      ['200', 'supported'],
      ['217', 'supported'],
      ['Monday, June 24, 2024', 'supported'],
      ['49%', 'supported'],
      ['July 16, 2024', 'supported'],
      ['three weeks after', 'supported'],
      ['Saturday, January 18, 2025', 'supported'],
      ['More than $13 million', 'supported'],
      ['$13 million (sh1.68 billion)', 'supported'],
      ['$2.5 million (KSh 323 million)', 'supported'],
    ]);
  });

  it('explains what each supported claim rests on', () => {
    const explain = Object.fromEntries(ledger.map((entry) => [entry.claim.id, entry.explanation]));
    expect(explain.sum).toBe('400 + 200 + 217 = 817, as stated.');
    expect(explain['49%']).toBe('"49%" covers 48.5% to 49.5%, and the data give 49% (first contingent as a share of all officers).');
    expect(explain['Saturday, January 18, 2025']).toBe('Matches the data: January 18, 2025 (third contingent left), which was a Saturday, as stated.');
    expect(explain['More than $13 million']).toBe('"More than $13 million" holds: the data give $13 million (US funding paused).');
    expect(explain['$2.5 million (KSh 323 million)']).toBe(
      'At 129.27 KES per USD (Central Bank of Kenya weekly bulletin, May 8, 2025), $2.5 million is about KSh\u00a0323 million; the stated KSh\u00a0323 million agrees.',
    );
  });
});

describe('a story with an error of each kind', () => {
  const story = [
    'Kenya has sent 871 officers to Haiti in three contingents of 400, 200 and 217.',
    'The first was flagged off on Tuesday, June 24, 2024; it was 60% of the force.',
    'The officers left three months after the flag-off, on November 25, 2024.',
    'More than $13 million (sh100,565) in US funding was paused; the monthly $2.5 million (KSh 323,175) was delayed.',
    'In all, $13 billion was held back.',
  ].join('\n');
  const leftLate = day('2024-11-25', 'officers left');
  const claims = [
    claim('871 officers', { expect: total }),
    claimSum('871', ['400', '200', '217'], { id: 'sum' }),
    claim('three contingents', { expect: contingents }),
    claim('400', { expect: first }),
    claim('200', { expect: officers(200, 'second contingent') }),
    claim('217', { expect: officers(217, 'third contingent') }),
    claimDate('Tuesday, June 24, 2024', { expect: flagOff }),
    claim('60%', { expect: firstShare }),
    claim('three months after', { expect: span(flagOff, leftLate, { unit: 'months' }) }),
    claimDate('November 25, 2024', { expect: leftLate }),
    claim('More than $13 million', { expect: funding }),
    claimConversion('$13 million (sh100,565)', { rate }),
    claimConversion('$2.5 million (KSh 323,175)', { rate }),
    claim('$13 billion', { expect: funding }),
  ];
  const ledger = checkClaims(claims, { article: story });
  const entry = (id: string) => ledger.find((e) => e.claim.id === id);

  it('contradicts each planted error and supports the rest', () => {
    expect(verdicts(ledger)).toEqual([
      ['871 officers', 'contradicted'],
      ['871', 'contradicted'],
      ['three contingents', 'supported'],
      ['400', 'supported'],
      ['200', 'supported'],
      ['217', 'supported'],
      ['Tuesday, June 24, 2024', 'contradicted'],
      ['60%', 'contradicted'],
      ['three months after', 'contradicted'],
      ['November 25, 2024', 'supported'],
      ['More than $13 million', 'supported'],
      ['$13 million (sh100,565)', 'contradicted'],
      ['$2.5 million (KSh 323,175)', 'contradicted'],
      ['$13 billion', 'contradicted'],
    ]);
  });

  it('says what is wrong with each', () => {
    expect(entry('sum')?.explanation).toBe('400 + 200 + 217 = 817, not "871".');
    expect(entry('871 officers')?.explanation).toBe('The data give 817 (officers deployed in total), not "871 officers": 54 too many (+6.6%).');
    expect(entry('Tuesday, June 24, 2024')?.explanation).toBe('June 24, 2024 was a Monday, not a Tuesday.');
    expect(entry('60%')?.explanation).toBe('The data give 49% (first contingent as a share of all officers), not "60%": 11.04 percentage points too high.');
    expect(entry('three months after')?.explanation).toBe('The data give about 5 months (time from first contingent flagged off to officers left), not "three months after".');
    expect(entry('$13 million (sh100,565)')?.explanation).toContain('is the amount divided by the rate instead of multiplied by it: converted the wrong way round.');
    expect(entry('$2.5 million (KSh 323,175)')?.explanation).toBe(
      'At 129.27 KES per USD (Central Bank of Kenya weekly bulletin, May 8, 2025), $2.5 million is about KSh\u00a0323 million; the stated KSh\u00a0323,175 is off by a factor of 1,000, a slip between thousands, millions and billions.',
    );
    expect(entry('$13 billion')?.explanation).toBe(
      'The data give $13 million (US funding paused), not "$13 billion": off by a factor of 1,000, a slip between thousands, millions and billions.',
    );
  });

  it('measures each difference', () => {
    expect(entry('871 officers')?.difference).toEqual({ absolute: 54, relative: 54 / 817, factor: 871 / 817, unit: 'officers' });
    expect(entry('$13 billion')?.difference?.factor).toBe(1000);
    expect(entry('three months after')?.expected?.value).toBeCloseTo(5 + 1 / 30, 3);
  });
});
