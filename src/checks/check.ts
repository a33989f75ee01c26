/**
 * Checking claims: each against what it is bound to, into a ledger an editor reads top to bottom.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/checks.js';
import { checkConversion } from './check-conversion.js';
import { checkDate } from './check-date.js';
import { checkFigure } from './check-figure.js';
import { checkSum } from './check-sum.js';
import type { Claim, Span } from './claim.js';
import { type CheckContext, type ResolvedContext, resolveContext } from './context.js';
import { extractClaims } from './extract.js';
import { locateClaims } from './locate.js';
import { type LedgerEntry, entryFor } from './verdict.js';

export type { CheckContext } from './context.js';

/**
 * The ledger entry of one claim: its verdict, the expected value, the difference and a one-line
 * explanation. A claim bound to something it cannot be compared with (a date to a count, a sum of
 * unknown claims) is a `FactError`: the binding is the author's mistake, not the story's.
 *
 * @example checkClaim(claimDate('Monday, June 24, 2024')).verdict // "supported"
 */
export function checkClaim(claim: Claim, context: CheckContext = {}): LedgerEntry {
  return checkResolved(claim, resolveContext(context));
}

/**
 * The ledger of a story: every claim checked, in order. With `context.article`, claims are placed
 * in the article and every value it states that no claim covers is added as `unverifiable`
 * ("not bound"), in reading order: nothing the story states escapes the ledger.
 */
export function checkClaims(claims: readonly Claim[], context: CheckContext = {}): LedgerEntry[] {
  const ids = new Set<string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) throw new FactError(msg.duplicateClaimId(claim.id), { hint: msg.duplicateClaimIdHint() });
    ids.add(claim.id);
  }
  const { article } = context;
  const placed = article !== undefined ? locateClaims(claims, article, context) : claims;
  const resolved = resolveContext({ ...context, claims: placed });
  const entries = placed.map((claim) => checkResolved(claim, resolved));
  if (article === undefined) return entries;
  const unbound = extractClaims(article, context)
    .filter((found) => !placed.some((claim) => claim.span !== undefined && found.span !== undefined && overlaps(claim.span, found.span)))
    .map((found) => ({ ...found, id: ids.has(found.id) ? `${found.id}@${found.span?.start ?? 0}` : found.id }))
    .map((found) => checkResolved(found, resolved));
  const start = (entry: LedgerEntry) => entry.claim.span?.start ?? Infinity;
  // Array.prototype.sort is stable: claims at the same place keep the author's order.
  return [...entries, ...unbound].sort((a, b) => start(a) - start(b));
}

function checkResolved(claim: Claim, context: ResolvedContext): LedgerEntry {
  const { against } = claim;
  switch (against.type) {
    case 'fact':
      return claim.kind === 'date' ? checkDate(claim, { fact: against.fact }, context) : checkFigure(claim, against.fact, context);
    case 'conversion':
      return checkConversion(claim, against, context);
    case 'calendar':
      if (claim.kind !== 'date') throw new FactError(msg.calendarNeedsDate(claim.text, claim.kind));
      return checkDate(claim, { near: against.near }, context);
    case 'sum':
      return checkSum(claim, against.of, context);
    case 'unchecked':
      return entryFor(claim, 'unverifiable', msg.unchecked(against.reason));
    case 'unbound':
      return entryFor(claim, 'unverifiable', msg.unbound());
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
