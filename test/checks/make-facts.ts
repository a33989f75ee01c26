/** Plain facts for the checks tests, written out by hand as the facts stage would make them. */

import type { Fact, FactKind } from '../../src/facts/fact.js';

/** A fact of `kind` with its printed `text`. */
export function fact(kind: FactKind, value: number, unit: string, label: string, text: string): Fact {
  return { kind, value, unit, label, how: 'test', sources: [], text };
}

/** A count of officers. */
export const officers = (value: number, label: string): Fact => fact('count', value, 'officers', label, new Intl.NumberFormat('en-US').format(value));

/** A date fact from an ISO day. */
export const day = (iso: string, label: string): Fact => fact('date', Date.parse(`${iso}T00:00:00Z`), 'day', label, iso);

/** A KES-per-USD rate, cited as `rateOn` cites the Central Bank of Kenya bulletin. */
export function kesPerUsd(value: number, iso: string): Fact {
  return {
    ...fact('number', value, 'KES/USD', `KES per USD on ${iso}`, String(value)),
    sources: [{ dataset: 'fx', file: 'fx-usd-kes.csv', rows: [1], citations: [{ rows: [1], source: 'Central Bank of Kenya weekly bulletin, reported by TUKO.co.ke' }] }],
  };
}
