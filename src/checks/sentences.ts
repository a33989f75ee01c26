/**
 * Sentences of an article, with their offsets, found by `Intl.Segmenter` one paragraph (line) at a
 * time: a headline or a "Read more" line never runs into the next paragraph.
 */

import { byLocale } from '../facts/by-locale.js';
import type { Span } from './claim.js';

/** A sentence, trimmed, with where it sits in the text. */
export interface Sentence extends Span {
  text: string;
}

/** The sentence segmenter of `locale`, made once: a segmenter is immutable, and slow to make. */
const sentenceSegmenter = byLocale((locale) => new Intl.Segmenter(locale, { granularity: 'sentence' }));

/** The sentences of `text` in order; blank lines give none. */
export function sentences(text: string, { locale = 'en-US' }: { locale?: string } = {}): Sentence[] {
  const segmenter = sentenceSegmenter(locale);
  const result: Sentence[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    for (const { segment, index } of segmenter.segment(line[0])) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (trimmed === '') continue;
      const start = line.index + index + lead;
      result.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return result;
}

/** The sentence that holds `span`, or undefined when it crosses sentences. */
export function sentenceAt(list: readonly Sentence[], span: Span): Sentence | undefined {
  return list.find((sentence) => sentence.start <= span.start && span.end <= sentence.end);
}
