import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/checks/extract.js';

const article = readFileSync(new URL('../fixtures/checks/article.txt', import.meta.url), 'utf8');
const brief = (text: string, options = {}) => extractClaims(text, options).map(({ text: words, kind, value }) => ({ text: words, kind, value }));

describe('extractClaims on the Haiti story', () => {
  const claims = extractClaims(article);

  it('finds every number, amount and date the story states, in reading order', () => {
    expect(claims.map(({ text, kind }) => [text, kind])).toEqual([
      ['two', 'number'],
      ['Thursday 8', 'date'],
      ['More than $13 million', 'money'],
      ['sh17.71 billion', 'money'],
      ['April 21', 'date'],
      ['400', 'number'],
      ['Monday, June 24, 2024', 'date'],
      ['25,2024', 'date'],
      ['200', 'number'],
      ['July 16', 'date'],
      ['217', 'number'],
      ['January 18, 2025', 'date'],
    ]);
  });

  it('reads the values, keeping the qualifier and the stated precision', () => {
    const byText = Object.fromEntries(claims.map((claim) => [claim.text, claim]));
    expect(byText['More than $13 million']).toMatchObject({
      value: { amount: 13_000_000, currency: 'USD', symbol: '$' },
      step: 1_000_000,
      qualifier: { text: 'More than', bound: 'at-least' },
    });
    expect(byText['sh17.71 billion']).toMatchObject({ value: { amount: 17_710_000_000, currency: 'KES', symbol: 'sh' }, step: 10_000_000 });
    expect(byText['Thursday 8']?.value).toEqual({ day: 8, weekday: 4 });
    expect(byText['25,2024']?.value).toEqual({ day: 25, year: 2024 });
    expect(byText['Monday, June 24, 2024']?.value).toEqual({ year: 2024, month: 6, day: 24, weekday: 1 });
    expect(byText['April 21']?.value).toEqual({ month: 4, day: 21 });
    expect(byText['217']?.value).toBe(217);
  });

  it('places each claim in the article and in its sentence', () => {
    for (const claim of claims) {
      expect(article.slice(claim.span?.start, claim.span?.end)).toBe(claim.text);
      expect(claim.sentence).toContain(claim.text);
      expect(article).toContain(claim.sentence);
    }
    expect(claims.find((claim) => claim.text === '400')?.sentence).toBe('President Ruto sent the first cohort of 400 Kenyan Police Officers on Monday, June 24, 2024.');
    expect(claims.find((claim) => claim.text === 'sh17.71 billion')?.sentence).toBe(
      'More than $13 million(sh17.71 billion) in US funding for an international security force helping fight armed gangs in Haiti was paused.',
    );
  });

  it('leaves every claim unbound, with its text as id', () => {
    expect(claims.every((claim) => claim.against.type === 'unbound' && claim.id === claim.text)).toBe(true);
  });
});

describe('extractClaims: amounts', () => {
  it.each([
    ['$13 million', { amount: 13e6, currency: 'USD', symbol: '$' }],
    ['$13m', { amount: 13e6, currency: 'USD', symbol: '$' }],
    ['13 million dollars', { amount: 13e6, currency: 'USD', symbol: 'dollars' }],
    ['sh17.71 billion', { amount: 17.71e9, currency: 'KES', symbol: 'sh' }],
    ['Sh1.68 billion', { amount: 1.68e9, currency: 'KES', symbol: 'Sh' }],
    ['KSh 1,680 million', { amount: 1.68e9, currency: 'KES', symbol: 'KSh' }],
    ['KES 1.68bn', { amount: 1.68e9, currency: 'KES', symbol: 'KES' }],
    ['1.68 billion Kenyan shillings', { amount: 1.68e9, currency: 'KES', symbol: 'Kenyan shillings' }],
    ['€2.5 million', { amount: 2.5e6, currency: 'EUR', symbol: '€' }],
  ])('reads %s', (text, value) => {
    expect(brief(`It cost ${text} in all.`)).toEqual([{ text, kind: 'money', value }]);
  });

  it('reads "1.68bn" without a currency as a number in billions', () => {
    expect(extractClaims('a gap of 1.68bn')).toMatchObject([{ text: '1.68bn', kind: 'number', value: 1.68e9, step: 1e7 }]);
  });

  it('keeps each qualifier with its bound', () => {
    const bounds = extractClaims('about $2 million, nearly 400 officers, up to 30%, more than 13 million dollars').map((claim) => [claim.text, claim.qualifier?.bound]);
    expect(bounds).toEqual([
      ['about $2 million', 'about'],
      ['nearly 400', 'just-under'],
      ['up to 30%', 'at-most'],
      ['more than 13 million dollars', 'at-least'],
    ]);
  });

  it('reads decimals and groups the way the locale writes them', () => {
    expect(brief('Es kostete 1.680 Millionen, also 2,5 Prozent.', { locale: 'de-DE' }).map((c) => c.value)).toEqual([1680, 2.5]);
    expect(brief('1,680 and 2.5', { locale: 'en-GB' }).map((c) => c.value)).toEqual([1680, 2.5]);
  });
});

describe('extractClaims: counts, percentages, ratios, spans', () => {
  it('reads plain and spelled counts, but not "one" alone', () => {
    expect(brief('400 Kenyan Police Officers, then 217, then two hundred; one of them left')).toEqual([
      { text: '400', kind: 'number', value: 400 },
      { text: '217', kind: 'number', value: 217 },
      { text: 'two hundred', kind: 'number', value: 200 },
    ]);
  });

  it('reads percentages, ratios and stretches of time', () => {
    expect(brief('49% of them, 12.5 per cent more, three times as many, twice the cost, three months after, a year later')).toEqual([
      { text: '49%', kind: 'percent', value: 49 },
      { text: '12.5 per cent', kind: 'percent', value: 12.5 },
      { text: 'three times', kind: 'ratio', value: 3 },
      { text: 'twice', kind: 'ratio', value: 2 },
      { text: 'three months after', kind: 'span', value: { count: 3, unit: 'months' } },
      { text: 'a year later', kind: 'span', value: { count: 1, unit: 'years' } },
    ]);
  });

  it('does not read figures inside words, names, times or links', () => {
    expect(brief('The G20 met over COVID-19 at 8:30; see https://example.com/2024/06/report-400 or @user2024 and www.tuko.co.ke/587265.')).toEqual([]);
  });

  it('reads a four-digit figure as a year only where the words say so', () => {
    expect(brief('In 2024, 2000 officers were sent.')).toEqual([
      { text: '2024', kind: 'date', value: { year: 2024 } },
      { text: '2000', kind: 'number', value: 2000 },
    ]);
  });
});

describe('extractClaims: dates', () => {
  it.each([
    ['Monday, June 24, 2024', { year: 2024, month: 6, day: 24, weekday: 1 }],
    ['January 18, 2025', { year: 2025, month: 1, day: 18 }],
    ['July 16', { month: 7, day: 16 }],
    ['24 June 2024', { year: 2024, month: 6, day: 24 }],
    ['Thursday 8 May 2025', { year: 2025, month: 5, day: 8, weekday: 4 }],
    ['Thursday 8', { day: 8, weekday: 4 }],
    ['25,2024', { day: 25, year: 2024 }],
    ['June 2024', { year: 2024, month: 6 }],
    ['2024-06-24', { year: 2024, month: 6, day: 24 }],
    ['Sept. 3', { month: 9, day: 3 }],
  ])('reads %s', (text, value) => {
    expect(brief(`It happened on ${text} in the capital`)).toEqual([{ text, kind: 'date', value }]);
  });

  it('reads numeric dates in the locale order', () => {
    expect(extractClaims('on 6/24/2024', { locale: 'en-US' })[0]?.value).toEqual({ year: 2024, month: 6, day: 24 });
    expect(extractClaims('on 24/06/2024', { locale: 'en-GB' })[0]?.value).toEqual({ year: 2024, month: 6, day: 24 });
    expect(extractClaims('on 05/06/2024', { locale: 'en-GB' })[0]?.value).toEqual({ year: 2024, month: 6, day: 5 });
  });

  it('does not take the modal verb "may" for a month', () => {
    expect(brief('They may 8 times ask.')).toEqual([{ text: '8 times', kind: 'ratio', value: 8 }]);
  });
});
