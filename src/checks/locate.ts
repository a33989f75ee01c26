import { FactError } from '../errors.js';
import * as msg from '../messages/checks.js';
import type { Claim, Span } from './claim.js';
import { sentenceAt, sentences } from './sentences.js';

/** Options for {@link locateClaims}. */
export interface LocateOptions {
  /** Locale of the article's sentences. Default "en-US". */
  locale?: string;
}

/**
 * The claims with their place in `article` filled in: `span` (offsets of their words) and
 * `sentence`. A claim with a sentence is looked for in that sentence; one without, at the first
 * occurrence of its words that no earlier claim with the same words took. Words the article does not contain are a
 * `FactError`: a claim quoted wrong cannot be shown to a reader.
 */
export function locateClaims(claims: readonly Claim[], article: string, { locale = 'en-US' }: LocateOptions = {}): Claim[] {
  const list = sentences(article, { locale });
  const taken: Span[] = claims.flatMap((claim) => (claim.span !== undefined ? [claim.span] : []));
  return claims.map((claim) => {
    if (claim.statedBy === 'report') return claim;
    if (claim.span !== undefined) {
      if (article.slice(claim.span.start, claim.span.end) !== claim.text) throw new FactError(msg.spanMismatch(claim.id, claim.text));
      return claim;
    }
    const start = findStart(claim, article, taken);
    const span = { start, end: start + claim.text.length };
    taken.push(span);
    const sentence = claim.sentence ?? sentenceAt(list, span)?.text;
    return { ...claim, span, ...(sentence !== undefined ? { sentence } : {}) };
  });
}

function findStart(claim: Claim, article: string, taken: readonly Span[]): number {
  if (claim.sentence !== undefined) {
    const at = article.indexOf(claim.sentence);
    if (at < 0) throw new FactError(msg.sentenceNotInArticle(claim.id, claim.sentence), { hint: msg.notInArticleHint() });
    const within = claim.sentence.indexOf(claim.text);
    if (within < 0) throw new FactError(msg.textNotInSentence(claim.id, claim.text), { hint: msg.notInArticleHint() });
    return at + within;
  }
  for (let at = article.indexOf(claim.text); at >= 0; at = article.indexOf(claim.text, at + 1)) {
    // Claims may overlap (a pair "$13 million(sh17.71 billion)" and its "$13 million"); only the same words at the same place are taken.
    if (!taken.some((span) => span.start === at && span.end === at + claim.text.length)) return at;
  }
  throw new FactError(msg.textNotInArticle(claim.id, claim.text), { hint: msg.notInArticleHint() });
}
