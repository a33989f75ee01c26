/** The ledger of the first story, the Haiti deployment article, bound to the facts a report computes. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { claimConversion } from '../../src/checks/claim-conversion.js';
import { claimDate } from '../../src/checks/claim-date.js';
import { ledgerToJSON } from '../../src/checks/ledger.js';
import { notChecked } from '../../src/checks/not-checked.js';
import { day, fact, kesPerUsd, officers } from './make-facts.js';

const article = readFileSync(new URL('../fixtures/checks/article.txt', import.meta.url), 'utf8');
const rate = kesPerUsd(129.27, '2025-05-08');
const funding = fact('money', 13_000_000, 'USD', 'US funding paused', '$13 million');

const claims = [
  notChecked('two', 'the two nations are Kenya and the United States'),
  claimDate('Thursday 8'),
  claim('More than $13 million', { expect: funding }),
  claimConversion('$13 million(sh17.71 billion)', { rate }),
  claimDate('April 21', { expect: day('2025-04-21', 'Ambassador Shea addressed the UN') }),
  claim('400', { expect: officers(400, 'first contingent') }),
  claimDate('Monday, June 24, 2024'),
  claimDate('25,2024', { expect: day('2024-06-25', 'first contingent departed') }),
  claim('200', { expect: officers(200, 'second contingent') }),
  claimDate('July 16', { expect: day('2024-07-16', 'second contingent landed') }),
  claim('217', { expect: officers(217, 'third contingent') }),
  claimDate('January 18, 2025', { expect: day('2025-01-18', 'third contingent left') }),
];

describe('the Haiti story', () => {
  // The story appeared the day after the press release of "Thursday 8".
  const ledger = checkClaims(claims, { article, asOf: '2025-05-09' });
  const entry = (id: string) => ledger.find((e) => e.claim.id === id);

  it('binds every value the story states, so that none is listed as unbound', () => {
    expect(ledger.map((e) => [e.claim.text, e.verdict])).toEqual([
      ['two', 'unverifiable'],
      ['Thursday 8', 'incomplete'],
      ['More than $13 million', 'supported'],
      ['$13 million(sh17.71 billion)', 'contradicted'],
      ['April 21', 'incomplete'],
      ['400', 'supported'],
      ['Monday, June 24, 2024', 'supported'],
      ['25,2024', 'incomplete'],
      ['200', 'supported'],
      ['July 16', 'incomplete'],
      ['217', 'supported'],
      ['January 18, 2025', 'supported'],
    ]);
  });

  it('finds the conversion more than ten times too high', () => {
    const conversion = entry('$13 million(sh17.71 billion)');
    expect(conversion?.explanation).toBe(
      'At 129.27 KES per USD (Central Bank of Kenya weekly bulletin, May 8, 2025), $13 million is about sh1.68 billion; ' +
        'the stated sh17.71 billion implies about 1,362 shillings per dollar, more than ten times the rate.',
    );
    expect(conversion?.expected).toEqual({ value: 1_680_510_000, text: 'sh1.68 billion', unit: 'KES' });
    expect(conversion?.difference?.factor).toBeCloseTo(10.54, 2);
  });

  it('resolves the dates the story gives without a month or a year', () => {
    expect(entry('Thursday 8')?.resolved).toEqual({ value: '2025-05-08', text: 'Thursday, May 8, 2025' });
    expect(entry('Thursday 8')?.explanation).toBe('"Thursday 8" gives no month or year; the nearest day to May 9, 2025 that fits is Thursday, May 8, 2025.');
    expect(entry('25,2024')?.resolved).toEqual({ value: '2024-06-25', text: 'Tuesday, June 25, 2024' });
    expect(entry('25,2024')?.explanation).toBe('"25,2024" gives no month; the data put it on Tuesday, June 25, 2024 (first contingent departed).');
    expect(entry('July 16')?.resolved?.value).toBe('2024-07-16');
  });

  it('checks the weekday of the flag-off against the calendar', () => {
    expect(entry('Monday, June 24, 2024')?.explanation).toBe('June 24, 2024 was a Monday, as stated.');
  });

  it('keeps the sentence and place of each claim for claims.json', () => {
    const json = ledgerToJSON(ledger);
    expect(json.summary).toEqual({ contradicted: 1, incomplete: 4, unverifiable: 1, supported: 6 });
    const pair = json.claims.find((c) => c.id === '$13 million(sh17.71 billion)');
    expect(article.slice(pair?.span?.start, pair?.span?.end)).toBe('$13 million(sh17.71 billion)');
    expect(pair?.sentence).toMatch(/^More than \$13 million\(sh17\.71 billion\) in US funding/);
  });

  it('lists what an editor has not bound yet', () => {
    const partial = checkClaims(claims.slice(0, 4), { article });
    expect(partial.filter((e) => e.claim.against.type === 'unbound').map((e) => e.claim.text)).toEqual([
      'April 21',
      '400',
      'Monday, June 24, 2024',
      '25,2024',
      '200',
      'July 16',
      '217',
      'January 18, 2025',
    ]);
    // Without the story's date, "Thursday 8" cannot be resolved.
    expect(partial.find((e) => e.claim.id === 'Thursday 8')).toMatchObject({ verdict: 'incomplete' });
    expect(partial.find((e) => e.claim.id === 'Thursday 8')?.resolved).toBeUndefined();
  });
});
