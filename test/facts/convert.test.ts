import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { convert } from '../../src/facts/convert.js';
import { value } from '../../src/facts/value.js';
import { CBK_TUKO, TUKO_URL, fxRates, tinyDataset } from './tiny-dataset.js';

const funding = value(13_000_000, { kind: 'money', unit: 'USD', label: 'US funding paused' });

const rateSource = {
  dataset: 'fx-usd-kes',
  file: 'data/fx-usd-kes.csv',
  rows: [1],
  lines: [3],
  columns: ['date', 'kes_per_usd'],
  citations: [{ rows: [1], source: CBK_TUKO, url: TUKO_URL }],
};

describe('convert', () => {
  it('converts dollars to shillings at the rate of the day, written the way the article writes it', () => {
    const fact = convert(funding, { to: 'KES', rates: fxRates(), on: '2025-05-08', currencyStyle: 'newsroom' });
    expect(fact).toMatchObject({
      kind: 'money',
      value: 1_680_510_000,
      unit: 'KES',
      label: 'US funding paused, in KES',
      text: 'sh1.68 billion',
      how: '13,000,000 USD × 129.27 KES/USD',
      sources: [rateSource],
      locale: 'en-US',
    });
    expect(fact.forms).toEqual({
      full: 'KSh\u00a01,680,510,000',
      short: 'KSh\u00a01.68B',
      long: '1.68 billion Kenyan shillings',
      newsroom: 'sh1.68 billion',
    });
  });

  it('carries the amount and the rate, with the rate\'s own row and citation, as inputs', () => {
    const [amount, rate, ...rest] = convert(funding, { to: 'KES', rates: fxRates(), on: '2025-05-08' }).inputs ?? [];
    expect(amount).toBe(funding);
    expect(rest).toEqual([]);
    expect(rate).toEqual({
      kind: 'number',
      value: 129.27,
      unit: 'KES/USD',
      label: 'KES per USD on 2025-05-08',
      text: '129.27',
      forms: { full: '129.27' },
      how: 'table("fx-usd-kes").filter(d => d["date"] <= op.parse_date("2025-05-08")).orderby(aq.desc("date")).get("kes_per_usd", 0)',
      sources: [rateSource],
      locale: 'en-US',
    });
  });

  it('uses the latest rate on or before the day: 2025-05-10 takes the rate of 2025-05-08', () => {
    const fact = convert(funding, { to: 'KES', rates: fxRates(), on: new Date(Date.UTC(2025, 4, 10)) });
    expect([fact.value, fact.how, fact.sources[0]?.rows]).toEqual([1_680_510_000, '13,000,000 USD × 129.27 KES/USD', [1]]);
    expect(convert(funding, { to: 'KES', rates: fxRates(), on: '2025-05-07' }).value).toBe(1_684_020_000);
    expect(convert(funding, { to: 'KES', rates: fxRates(), on: '2026-01-01' }).value).toBe(1_680_250_000);
  });

  it('reads rate tables whose dates are ISO strings', () => {
    expect(convert(funding, { to: 'KES', rates: fxRates({ dates: 'string' }), on: '2025-05-10' }).value).toBe(1_680_510_000);
  });

  it('converts shillings back to dollars by dividing', () => {
    const shillings = value(1_680_510_000, { kind: 'money', unit: 'KES', label: 'sh1.68 billion' });
    const fact = convert(shillings, { to: 'USD', rates: fxRates(), on: '2025-05-08' });
    expect([fact.value, fact.text, fact.how]).toEqual([13_000_000, '$13 million', '1,680,510,000 KES ÷ 129.27 KES/USD']);
  });

  it('takes the day as a date fact and keeps it among the inputs and its sources', () => {
    const pressRelease = value('2025-05-08', {
      label: 'press release',
      sources: [{ dataset: 'events', file: 'data/events.csv', rows: [4], lines: [6] }],
    });
    const fact = convert(funding, { to: 'KES', rates: fxRates(), on: pressRelease, label: 'funding in shillings', id: 'kes' });
    expect(fact.inputs?.[2]).toBe(pressRelease);
    expect([fact.id, fact.label]).toEqual(['kes', 'funding in shillings']);
    expect(fact.sources).toEqual([rateSource, { dataset: 'events', file: 'data/events.csv', rows: [4], lines: [6] }]);
  });

  it('names other columns and another base currency', () => {
    const rates = fxRates();
    const renamed = { ...rates, table: rates.table.rename({ date: 'day', kes_per_usd: 'rate' }) };
    const fact = convert(funding, { to: 'KES', rates: renamed, on: '2025-05-08', date: 'day', rate: 'rate' });
    expect(fact.value).toBe(1_680_510_000);
    const euros = value(100, { kind: 'money', unit: 'EUR', label: 'euros' });
    expect(() => convert(euros, { to: 'KES', rates, on: '2025-05-08' })).toThrow(/cannot convert EUR to KES with rates quoted per USD/);
    expect(() => convert(euros, { to: 'KES', rates, on: '2025-05-08', base: 'EUR' })).toThrow(/has no column "kes_per_eur"/);
  });

  it('refuses a day before the first rate, saying which day that is', () => {
    const convertEarly = () => convert(funding, { to: 'KES', rates: fxRates(), on: '2025-04-21' });
    expect(convertEarly).toThrow(FactError);
    expect(convertEarly).toThrow('rate table "fx-usd-kes" has no KES/USD rate on or before 2025-04-21; the earliest rate is dated 2025-04-24');
  });

  it('refuses the same currency, a fact that is not money, a bad day, and a table without usable rates', () => {
    expect(() => convert(funding, { to: 'USD', rates: fxRates(), on: '2025-05-08' })).toThrow('"US funding paused" is already in USD');
    const officers = value(817, { kind: 'count', unit: 'officers', label: 'officers' });
    expect(() => convert(officers, { to: 'KES', rates: fxRates(), on: '2025-05-08' })).toThrow(/is a count fact; expected money/);
    expect(() => convert(funding, { to: 'KES', rates: fxRates(), on: 'Thursday 8' })).toThrow(/"Thursday 8" is not an ISO day/);
    const rates = fxRates();
    const empty = { ...rates, table: rates.table.filter('d => false'), rows: [] };
    expect(() => convert(funding, { to: 'KES', rates: empty, on: '2025-05-08' })).toThrow('rate table "fx-usd-kes" has no rows');
    const twice = tinyDataset('fx', { date: ['2025-05-08', '2025-05-08'], kes_per_usd: [129.27, 129.3] });
    expect(() => convert(funding, { to: 'KES', rates: twice, on: '2025-05-09' })).toThrow('rate table "fx" has two rates dated 2025-05-08');
    const blank = tinyDataset('fx', { date: ['2025-05-08'], kes_per_usd: [null] });
    expect(() => convert(funding, { to: 'KES', rates: blank, on: '2025-05-09' })).toThrow('line 2 of rate table "fx" has no positive rate (got an empty cell)');
    const undated = tinyDataset('fx', { date: ['May 8'], kes_per_usd: [129.27] });
    expect(() => convert(funding, { to: 'KES', rates: undated, on: '2025-05-09' })).toThrow('line 2 of "fx" has no date in column "date" (got "May 8")');
  });
});
