/**
 * Message catalogue for facts: the errors the facts stage throws and the English words its phrase
 * forms are made of ("about 10 times", "half", "23 more").
 */

const q = (text: string) => JSON.stringify(text);

// Errors.

export const missingColumn = (dataset: string, column: string, available: readonly string[]) =>
  `dataset "${dataset}" has no column ${q(column)} (its columns: ${available.map(q).join(', ')})`;
export const badWhere = (dataset: string, where: string, reason: string) =>
  `cannot select rows of "${dataset}" with ${where}: ${reason}`;
export const badWhereHint = () =>
  'Write the filter as an Arquero expression over the row, e.g. "d => d.officers > 100"; pass outside values with `params` and read them as $.name.';
export const emptySelection = (dataset: string, where: string | undefined) =>
  where !== undefined ? `no rows of "${dataset}" match ${where}` : `dataset "${dataset}" has no rows`;
export const notOneRow = (dataset: string, where: string | undefined, count: number) =>
  where !== undefined
    ? `expected exactly one row of "${dataset}" to match ${where}, found ${count}`
    : `expected "${dataset}" to have exactly one row without a filter, found ${count}`;
export const notOneRowHint = () => 'Narrow the filter (for example with the key column) so that it picks a single row.';
export const notANumber = (dataset: string, column: string, row: string, value: unknown) =>
  `${row} of "${dataset}" has no number in column ${q(column)} (got ${describeValue(value)})`;
export const columnExists = (dataset: string, column: string) =>
  `dataset "${dataset}" already has a column ${q(column)}`;
export const columnExistsHint = () => 'Name the new column with the `as` option.';
export const notNumericColumn = (dataset: string, column: string, type: string) =>
  `column ${q(column)} of "${dataset}" holds ${type} values, which cannot be summed`;
export const notADate = (dataset: string, column: string, row: string, value: unknown) =>
  `${row} of "${dataset}" has no date in column ${q(column)} (got ${describeValue(value)})`;
export const notADay = (value: string) => `${q(value)} is not an ISO day (YYYY-MM-DD) at UTC midnight`;
export const notFinite = (label: string, value: number) => `the value of "${label}" is ${value}, not a finite number`;
export const wrongKind = (label: string, kind: string, expected: string) =>
  `"${label}" is a ${kind} fact; expected ${expected}`;
export const needsNumber = (label: string, kind: string) => `"${label}" is a ${kind} fact, so its value must be a number`;
export const kindMismatch = (operation: string, a: string, aKind: string, b: string, bKind: string) =>
  `cannot take the ${operation} of "${a}" (${aKind}) and "${b}" (${bKind}): they are different kinds of value`;
export const unitMismatch = (operation: string, a: string, aUnit: string, b: string, bUnit: string) =>
  `cannot take the ${operation} of "${a}" (${aUnit}) and "${b}" (${bUnit}): their units differ`;
export const unitMismatchHint = () => 'Convert money with convert() first, or use perUnit() for an amount per person or thing.';
export const datesDifferenceHint = () => 'Use span(from, to) for the time between two dates.';
export const divideByZero = (numerator: string, denominator: string) =>
  `cannot divide "${numerator}" by "${denominator}": "${denominator}" is zero`;
export const badCurrency = (code: string) => `${q(code)} is not an ISO 4217 currency code (three capital letters)`;
export const sameCurrency = (label: string, currency: string) => `"${label}" is already in ${currency}`;
export const notInPair = (from: string, to: string, base: string) =>
  `cannot convert ${from} to ${to} with rates quoted per ${base}: one of the two currencies must be ${base}`;
export const notInPairHint = () => 'Name the rate table\'s base currency with the `base` option (the currency one unit of which the rate buys).';
export const noRates = (dataset: string) => `rate table "${dataset}" has no rows`;
export const noRateOnOrBefore = (dataset: string, pair: string, on: string, earliest: string) =>
  `rate table "${dataset}" has no ${pair} rate on or before ${on}; the earliest rate is dated ${earliest}`;
export const duplicateRate = (dataset: string, date: string) => `rate table "${dataset}" has two rates dated ${date}`;
export const badRate = (dataset: string, row: string, value: unknown) =>
  `${row} of rate table "${dataset}" has no positive rate (got ${describeValue(value)})`;

/** "line 3" when the file line is known, else "row 2" (0-based index). */
export const rowName = (index: number, line: number | undefined) => (line !== undefined ? `line ${line}` : `row ${index}`);

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty cell';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  return q(String(value));
}

// Phrase words (English).

export const about = (text: string) => `about ${text}`;
export const times = (number: string) => `${number} times`;
export const twice = () => 'twice';
export const theSame = () => 'the same';
export const aboutTheSame = () => 'about the same';
export const more = (amount: string) => `${amount} more`;
export const fewer = (amount: string) => `${amount} fewer`;
export const less = (amount: string) => `${amount} less`;
export const after = (duration: string) => `${duration} after`;
export const before = (duration: string) => `${duration} before`;
export const per = (amount: string, unit: string) => `${amount} per ${unit}`;
export const percentagePoints = () => 'percentage points';

/** Named fractions a reader says in words, smallest first. */
export const fractionNames: readonly (readonly [number, string])[] = [
  [1 / 10, 'a tenth'],
  [1 / 5, 'a fifth'],
  [1 / 4, 'a quarter'],
  [1 / 3, 'a third'],
  [1 / 2, 'half'],
  [2 / 3, 'two-thirds'],
  [3 / 4, 'three-quarters'],
];

// Default labels.

export const rowsOf = (dataset: string) => `rows of ${dataset}`;
export const shareLabel = (part: string, whole: string) => `${part} as a share of ${whole}`;
export const differenceLabel = (a: string, b: string) => `${a} minus ${b}`;
export const ratioLabel = (a: string, b: string) => `${a} relative to ${b}`;
export const perUnitLabel = (amount: string, unit: string) => `${amount} per ${unit}`;
export const spanLabel = (from: string, to: string) => `time from ${from} to ${to}`;
export const convertedLabel = (label: string, currency: string) => `${label}, in ${currency}`;
export const rateLabel = (quote: string, base: string, date: string) => `${quote} per ${base} on ${date}`;
export const cumulativeDescription = (value: string, order: string) => `running total of ${value}, in order of ${order}`;
