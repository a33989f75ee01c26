import { describe, expect, it } from 'vitest';
import { checkClaim, checkClaims } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { claimConversion } from '../../src/checks/claim-conversion.js';
import { claimDate } from '../../src/checks/claim-date.js';
import { claimSum } from '../../src/checks/claim-sum.js';
import { locateClaims } from '../../src/checks/locate.js';
import { notChecked } from '../../src/checks/not-checked.js';
import { FactError } from '../../src/errors.js';
import { day, fact, kesPerUsd, officers } from './make-facts.js';

const total = officers(817, 'officers deployed in total');

describe('claim builders', () => {
  it('read the value out of the quoted words, with the text as default id', () => {
    expect(claim('817 officers', { expect: total, sentence: 'Kenya sent 817 officers.' })).toEqual({
      id: '817 officers',
      text: '817 officers',
      sentence: 'Kenya sent 817 officers.',
      kind: 'number',
      value: 817,
      step: 1,
      against: { type: 'fact', fact: total },
    });
    expect(claim('817', { expect: total, kind: 'total', id: 'all' })).toMatchObject({ id: 'all', kind: 'total', value: 817 });
  });

  it('make a sum, a date, a pair and an unchecked value', () => {
    expect(claimSum('817', ['400', '200', '217'])).toMatchObject({ kind: 'total', against: { type: 'sum', of: ['400', '200', '217'] } });
    expect(claimDate('Monday, June 24, 2024')).toMatchObject({ kind: 'date', against: { type: 'calendar' } });
    expect(claimDate('Thursday 8', { near: '2025-05-10' }).against).toMatchObject({ type: 'calendar', near: { kind: 'date', value: Date.UTC(2025, 4, 10) } });
    expect(notChecked('two', 'not a figure to check')).toMatchObject({ value: 2, against: { type: 'unchecked', reason: 'not a figure to check' } });
    const pair = claimConversion('More than $13 million(sh17.71 billion)', { rate: kesPerUsd(129.27, '2025-05-08') });
    expect(pair).toMatchObject({
      kind: 'money',
      value: { amount: 17.71e9, currency: 'KES' },
      qualifier: { bound: 'at-least' },
      against: { type: 'conversion', amount: { kind: 'money', value: 13e6, unit: 'USD', text: '$13 million' } },
    });
  });

  it('are a FactError when the words state no value of the kind asked', () => {
    expect(() => claim('officers', { expect: total })).toThrow(FactError);
    expect(() => claimDate('817 officers')).toThrow(/no date can be read in "817 officers"/);
  });
});

describe('checkClaims', () => {
  it('is a FactError when two claims share an id', () => {
    expect(() => checkClaims([claim('400', { expect: total }), claim('400', { expect: total })])).toThrow(/two claims have the id "400"/);
  });

  it('adds up a sum of the story\'s own figures', () => {
    const parts = [claim('400', { expect: officers(400, 'a') }), claim('200', { expect: officers(200, 'b') }), claim('217', { expect: officers(217, 'c') })];
    const [sum] = checkClaims([claimSum('817', ['400', '200', '217']), ...parts]);
    expect(sum).toMatchObject({ verdict: 'supported', expected: { value: 817, text: '817' }, explanation: '400 + 200 + 217 = 817, as stated.' });
  });

  it('is a FactError for a sum of a claim it does not have, naming the ones it has', () => {
    const error = (() => {
      try {
        checkClaims([claimSum('817', ['400', '300']), claim('400', { expect: officers(400, 'a') })]);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FactError);
    expect(error).toMatchObject({ message: 'the sum "817" names claim "300", which is not among the story\'s claims', hint: expect.stringContaining('"817", "400"') });
  });

  it('is a FactError to check a sum alone, or a count against the calendar', () => {
    expect(() => checkClaim(claimSum('817', ['400']))).toThrow(FactError);
    expect(() => checkClaim({ ...claim('817', { expect: total }), against: { type: 'calendar' } })).toThrow(/not a date/);
  });

  it('sorts the ledger in reading order when given the article', () => {
    const article = 'On July 16, 200 landed. 400 had left on June 25, 2024.';
    const ledger = checkClaims([claim('400', { expect: officers(400, 'first') }), claimDate('July 16', { expect: day('2024-07-16', 'landing') })], { article });
    expect(ledger.map((e) => [e.claim.text, e.verdict])).toEqual([
      ['July 16', 'incomplete'],
      ['200', 'unverifiable'],
      ['400', 'supported'],
      ['June 25, 2024', 'unverifiable'],
    ]);
  });
});

describe('locateClaims', () => {
  const article = 'Kenya sent 400 officers.\nThen 400 more followed, and 200 after them.';

  it('places each claim at its own occurrence, and fills in its sentence', () => {
    const placed = locateClaims([claim('400', { expect: total }), claim('400', { expect: total, id: 'second' }), claim('200', { expect: total })], article);
    expect(placed.map((c) => [c.span, c.sentence])).toEqual([
      [{ start: 11, end: 14 }, 'Kenya sent 400 officers.'],
      [{ start: 30, end: 33 }, 'Then 400 more followed, and 200 after them.'],
      [{ start: 53, end: 56 }, 'Then 400 more followed, and 200 after them.'],
    ]);
  });

  it('looks for a claim inside its sentence when it has one', () => {
    const [placed] = locateClaims([claim('400', { expect: total, sentence: 'Then 400 more followed, and 200 after them.' })], article);
    expect(placed?.span).toEqual({ start: 30, end: 33 });
  });

  it('is a FactError for words or a sentence the article does not hold', () => {
    expect(() => locateClaims([claim('500', { expect: total })], article)).toThrow(/are not in the article/);
    expect(() => locateClaims([claim('400', { expect: total, sentence: 'Kenya sent 400 police.' })], article)).toThrow(/is not in the article/);
  });
});

describe('money claims against facts in the story\'s style', () => {
  it('prints the expected amount the way the story writes it', () => {
    const entry = checkClaim(claim('sh1.8 billion', { expect: fact('money', 1_680_510_000, 'KES', 'funding in KES', 'KSh 1.68 billion') }));
    expect(entry).toMatchObject({ verdict: 'contradicted', expected: { text: 'sh1.68 billion' } });
  });
});
