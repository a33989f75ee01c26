/**
 * Numbers as English words ("three", "twenty-five", "two hundred") and the scale words that follow
 * a figure ("13 million", "1.68bn", "5k"), for the claim readers.
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Scale words and their multipliers. Abbreviations are glued to the figure or follow a space. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  M: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  B: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** A regex alternation matching `word` with its first letter in either case ("[Mm]ore than"). */
export function eitherCase(word: string): string {
  const first = word[0] ?? '';
  const rest = word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return first.toUpperCase() === first.toLowerCase() ? word : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
}

/** Alternation of spelled cardinals from one to ninety-nine, longest first so "seventeen" wins over "seven". */
export const NUMBER_WORD_PATTERN = [
  `(?:${TENS.map(eitherCase).join('|')})(?:-(?:${UNITS.join('|')}))?`,
  ...[...TEENS, ...UNITS].sort((a, b) => b.length - a.length).map(eitherCase),
].join('|');

/** The value of a spelled cardinal ("twenty-five" → 25), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const [tens, unit] = word.toLowerCase().split('-');
  if (tens === undefined) return undefined;
  const unitIndex = UNITS.indexOf(tens);
  if (unitIndex >= 0 && unit === undefined) return unitIndex + 1;
  const teenIndex = TEENS.indexOf(tens);
  if (teenIndex >= 0 && unit === undefined) return teenIndex + 10;
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex < 0) return undefined;
  const unitValue = unit === undefined ? 0 : UNITS.indexOf(unit) + 1;
  return unit !== undefined && unitValue === 0 ? undefined : (tensIndex + 2) * 10 + unitValue;
}

/** "ten" for 10, the digits otherwise: how explanations name a small whole number. */
export function smallNumberWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 19) return undefined;
  return n < 10 ? UNITS[n - 1] : TEENS[n - 10];
}
