/**
 * How a ratio reads in a sentence: "about 10 times", "twice", "half", "about a third", "about the
 * same". The words are English (see the messages catalogue); the numbers follow the locale.
 */

import * as msg from '../messages/facts.js';
import { numberFormat } from './intl-formats.js';

/** Options for {@link ratioPhrase}. */
export interface PhraseOptions {
  locale: string;
  /** How far (relative) a ratio may sit from a round figure and still be called "about" it. Default 0.05. */
  tolerance?: number;
}

const EXACT = 1e-9;

/**
 * A ratio in words. 10.5 → "about 10 times", 2 → "twice", 0.5 → "half", 0.32 → "about a third",
 * 1.02 → "about the same". Halves round down, so a phrase never overstates.
 */
export function ratioPhrase(ratio: number, { locale, tolerance = 0.05 }: PhraseOptions): string {
  if (!(ratio > 0)) return msg.times(numberFormat(locale, { maximumFractionDigits: 2 }).format(ratio));
  if (near(ratio, 1, tolerance)) return Math.abs(ratio - 1) < EXACT ? msg.theSame() : msg.aboutTheSame();
  if (ratio < 1) return fractionPhrase(ratio, { locale, tolerance });
  if (near(ratio, 2, tolerance)) return aboutUnless(Math.abs(ratio - 2) < EXACT, msg.twice());
  const rounded = roundHalfDown(ratio, ratio < 2 ? 1 : 0);
  const text = msg.times(numberFormat(locale, { maximumFractionDigits: 1 }).format(rounded));
  return aboutUnless(Math.abs(rounded - ratio) < EXACT, text);
}

/** A fraction below one in words: "half", "about a third", or else a percentage ("about 12%"). */
export function fractionPhrase(fraction: number, { locale, tolerance = 0.05 }: PhraseOptions): string {
  const named = msg.fractionNames
    .map(([value, name]) => ({ value, name, error: Math.abs(fraction - value) / value }))
    .filter(({ error }) => error <= tolerance)
    .sort((a, b) => a.error - b.error)[0];
  if (named !== undefined) return aboutUnless(named.error < EXACT, named.name);
  const rounded = roundHalfDown(fraction * 100, 0);
  const text = numberFormat(locale, { style: 'percent' }).format(rounded / 100);
  return aboutUnless(Math.abs(rounded - fraction * 100) < EXACT, text);
}

function near(value: number, target: number, tolerance: number): boolean {
  return Math.abs(value - target) / target <= tolerance;
}

function aboutUnless(exact: boolean, text: string): string {
  return exact ? text : msg.about(text);
}

/** Round to `digits` decimals with ties toward zero (10.5 → 10), for positive values. */
function roundHalfDown(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  return (scaled - floor <= 0.5 ? floor : floor + 1) / scale;
}
