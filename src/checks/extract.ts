/**
 * The extractor: every number, amount of money, percentage, ratio, stretch of time and date an
 * article states, as unbound claims with their exact words, sentence and offsets. An editor binds
 * each one to a fact or marks it "not checked": nothing the story states escapes the ledger.
 */

import type { Claim } from './claim.js';
import { readDates } from './read-dates.js';
import { readQuantities } from './read-quantities.js';
import type { ReadOptions, Reading } from './reading.js';
import { sentenceAt, sentences } from './sentences.js';

/** Options for {@link extractClaims}. */
export type ExtractOptions = ReadOptions;

/** Where figures are not claims: links, e-mail addresses, handles and hashtags. */
const NOT_PROSE = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co\.ke|ke)(?:\/\S*)?/giu;

/** When two readings start together, the longer wins; at equal length, a date wins over a figure ("2024"). */
const PRIORITY: Readonly<Record<Reading['kind'], number>> = { date: 0, money: 1, percent: 2, ratio: 3, span: 4, total: 5, number: 6 };

/**
 * Every value `text` states, leftmost-longest: "More than $13 million" is one money reading, not a
 * qualifier, an amount and a number. Figures inside words ("G20", "COVID-19"), times ("8:30") and
 * links are not read.
 */
export function readClaims(text: string, options: ReadOptions = {}): Reading[] {
  const excluded = [...text.matchAll(NOT_PROSE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const candidates = [...readDates(text, options), ...readQuantities(text, options)]
    .filter((reading) => !excluded.some((range) => overlaps(range, reading)))
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: Reading[] = [];
  for (const reading of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || reading.start >= last.end) kept.push(reading);
  }
  return kept;
}

/**
 * Every value `articleText` states, as claims bound to nothing yet (`against: {type: 'unbound'}`),
 * in reading order. Ids are the claim's text, with "#2", "#3"… on repeats.
 *
 * @example
 * extractClaims('More than $13 million(sh17.71 billion) was paused.').map((c) => c.text)
 * // ["More than $13 million", "sh17.71 billion"]
 */
export function extractClaims(articleText: string, options: ExtractOptions = {}): Claim[] {
  const list = sentences(articleText, options);
  const seen = new Map<string, number>();
  return readClaims(articleText, options).map(({ start, end, qualifier, ...stated }): Claim => {
    const text = articleText.slice(start, end);
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    const sentence = sentenceAt(list, { start, end });
    return {
      id: count === 1 ? text : `${text}#${count}`,
      text,
      ...(sentence !== undefined ? { sentence: sentence.text } : {}),
      span: { start, end },
      ...(qualifier !== undefined ? { qualifier } : {}),
      ...stated,
      against: { type: 'unbound' },
    };
  });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
