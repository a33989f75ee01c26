import { checkClaims } from '../checks/check.js';
import type { LedgerEntry } from '../checks/verdict.js';
import type { Report } from './define-report.js';

/** Check a report's claims against its facts, in the context of its article and date. */
export function ledgerOf(report: Report): LedgerEntry[] {
  return checkClaims(report.claims ?? [], {
    locale: report.locale,
    ...(report.article === undefined ? {} : { article: report.article }),
    ...(report.date === undefined ? {} : { asOf: report.date }),
  });
}
