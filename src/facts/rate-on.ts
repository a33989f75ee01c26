import type { Dataset } from '../data/dataset.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { dayValue, isoDay } from './day.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { requireColumn, selectRows } from './select.js';
import { type SourceOptions, sourceFromRows } from './source.js';

/** Options for {@link rateOn}. */
export interface RateOnOptions extends FormatOptions {
  /** The day the rate must be in force on, as a timestamp at UTC midnight. */
  on: number;
  /** The currency one unit of which the rate prices ("USD" in "129.27 KES per USD"). */
  base: string;
  /** The currency the rate is written in ("KES"). */
  quote: string;
  /** Column of the rate's day. Default "date". */
  date?: string;
  /** Column of the rate, in `quote` per `base`. Default "<quote>_per_<base>" in lower case ("kes_per_usd"). */
  rate?: string;
  /** Columns naming each rate's own source. Default `{source: 'source', url: 'url'}`, used when present. */
  cite?: SourceOptions['cite'];
}

/**
 * The exchange rate in force on a day: the rate of the latest row dated on or before it, as a
 * `number` fact in "<quote>/<base>" whose source is that row (with its own citation). A day before
 * the first rate is a `FactError` naming the earliest date available.
 *
 * @example rateOn(fx, {on: Date.UTC(2025, 4, 10), base: 'USD', quote: 'KES'}).value // 129.27 (dated 2025-05-08)
 */
export function rateOn(
  rates: Dataset,
  {
    on,
    base,
    quote,
    date = 'date',
    rate = `${quote.toLowerCase()}_per_${base.toLowerCase()}`,
    cite = { source: 'source', url: 'url' },
    ...format
  }: RateOnOptions,
): Fact {
  requireColumn(rates, date);
  requireColumn(rates, rate);
  const { table, rows } = selectRows(rates);
  if (rows.length === 0) throw new FactError(msg.noRates(rates.name));
  const rowName = (row: number) => msg.rowName(row, rates.rows[row]?.line);
  const days = Array.from(table.array(date), (cell: unknown, row) => {
    const time = dayValue(cell);
    if (time === undefined) throw new FactError(msg.notADate(rates.name, date, rowName(row), cell));
    return time;
  });
  const eligible = rows.filter((row) => (days[row] ?? Infinity) <= on);
  const latest = Math.max(...eligible.map((row) => days[row] ?? -Infinity));
  const inForce = eligible.filter((row) => days[row] === latest);
  const [row] = inForce;
  if (row === undefined) {
    throw new FactError(msg.noRateOnOrBefore(rates.name, `${quote}/${base}`, isoDay(on), isoDay(Math.min(...days))));
  }
  if (inForce.length > 1) throw new FactError(msg.duplicateRate(rates.name, isoDay(latest)));
  const value: unknown = table.get(rate, row);
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new FactError(msg.badRate(rates.name, rowName(row), value));
  return makeFact(
    {
      kind: 'number',
      value,
      unit: `${quote}/${base}`,
      label: msg.rateLabel(quote, base, isoDay(latest)),
      how:
        `table(${JSON.stringify(rates.name)}).filter(d => d[${JSON.stringify(date)}] <= op.parse_date(${JSON.stringify(isoDay(on))}))` +
        `.orderby(aq.desc(${JSON.stringify(date)})).get(${JSON.stringify(rate)}, 0)`,
      sources: [sourceFromRows(rates, [row], { columns: [date, rate], cite })],
    },
    // Rates need more decimals than amounts: 0.0077 USD/KES must not print as "0.01".
    { fractionDigits: 4, ...format },
  );
}
