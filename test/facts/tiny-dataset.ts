/**
 * Tiny in-memory datasets for the facts tests: an Arquero table wrapped as a `Dataset` with one
 * `RowSource` per row (line = index + 2, as in a CSV with a header), and optional quotes.
 */

import * as aq from 'arquero';
import type { Dataset, RowSource } from '../../src/data/dataset.js';
import type { Schema } from '../../src/data/schema.js';

export interface TinyDatasetOptions {
  schema?: Schema;
  /** Source sentence per row (same order as the rows); `undefined` for none. */
  quotes?: readonly (string | undefined)[];
  file?: string;
  /** Give rows file lines. Default true. */
  lines?: boolean;
}

export function tinyDataset(
  name: string,
  columns: Record<string, readonly unknown[]>,
  { schema = {}, quotes = [], file = `${name}.csv`, lines = true }: TinyDatasetOptions = {},
): Dataset {
  const table = aq.table(Object.fromEntries(Object.entries(columns).map(([key, values]) => [key, [...values]])));
  const rows: RowSource[] = Array.from({ length: table.numRows() }, (_, index) => {
    const quote = quotes[index];
    return { index, ...(lines ? { line: index + 2 } : {}), ...(quote !== undefined ? { quote } : {}) };
  });
  return {
    name,
    file,
    table,
    schema,
    meta: { name, columns: schema },
    rows,
    objects: () => table.objects().map((row) => Object.fromEntries(Object.entries(row))),
  };
}

/** A UTC-midnight `Date` from an ISO day. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const QUOTES = [
  'President Ruto sent the first cohort of 400 Kenyan Police Officers on Monday, June 24, 2024.',
  'The team of 200 well-trained landed aboard a UN chartered flight ... on July 16.',
  'The third contingent of 217 Kenyan police officers ... left Kenya on January 18, 2025',
];

/** The three Kenyan contingents of the seed article. */
export function contingents(): Dataset {
  return tinyDataset(
    'contingents',
    {
      contingent: [1, 2, 3],
      officers: [400, 200, 217],
      departed: [day('2024-06-25'), day('2024-07-16'), day('2025-01-18')],
    },
    {
      schema: {
        contingent: { type: 'integer', min: 1 },
        officers: { type: 'integer', min: 0, unit: 'officers' },
        departed: { type: 'date' },
      },
      quotes: QUOTES,
      file: 'data/contingents.csv',
    },
  );
}

export const CBK_TUKO = 'Central Bank of Kenya weekly bulletin, reported by TUKO.co.ke';
export const TUKO_URL = 'https://www.tuko.co.ke/business-economy/589650-kenya-shilling-marks-slight-gains-dollar-tanzania-uganda-ea-currencies';

/** The USD/KES reference rates of the seed data (test/fixtures copy of fx-usd-kes.csv, inline). */
export function fxRates({ dates = 'date' }: { dates?: 'date' | 'string' } = {}): Dataset {
  const days = ['2025-04-24', '2025-05-08', '2025-05-15'];
  return tinyDataset(
    'fx-usd-kes',
    {
      date: dates === 'date' ? days.map(day) : days,
      kes_per_usd: [129.54, 129.27, 129.25],
      source: ['Central Bank of Kenya indicative rate, reported by TUKO.co.ke', CBK_TUKO, CBK_TUKO],
      url: [
        'https://www.tuko.co.ke/business-economy/587265-kenya-shilling-remains-bullish-dollar-british-pound-euro-strong-reserves/',
        TUKO_URL,
        TUKO_URL,
      ],
    },
    {
      schema: {
        date: { type: 'date' },
        kes_per_usd: { type: 'number', unit: 'KES per USD' },
        source: { type: 'string' },
        url: { type: 'string' },
      },
      file: 'data/fx-usd-kes.csv',
    },
  );
}
