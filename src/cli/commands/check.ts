import { formatLedger, ledgerToJSON } from '../../checks/ledger.js';
import { findReports, loadReport } from '../../report/load-report.js';
import { ledgerOf } from '../../report/ledger-of.js';
import { parseCommandArgs } from '../parse.js';
import { CHECK_USAGE } from '../usage.js';
import type { CliIO } from '../run-cli.js';
import * as msg from '../../messages/cli.js';

/**
 * `copydesk check [report ...] [--json]`: compute the facts, check the claims, print the ledger.
 * Exits 1 when any claim is contradicted, so a newsroom can run it in CI before publishing.
 */
export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  const results = [];
  for (const file of await findReports(positionals)) {
    const report = await loadReport(file);
    results.push({ slug: report.slug, ledger: ledgerOf(report) });
  }
  const contradicted = results.reduce((n, { ledger }) => n + ledger.filter((entry) => entry.verdict === 'contradicted').length, 0);
  if (values.json) {
    const json = results.map(({ slug, ledger }) => ({ report: slug, ...ledgerToJSON(ledger) }));
    io.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    const width = 'columns' in io.stdout && typeof io.stdout.columns === 'number' ? io.stdout.columns : 100;
    for (const { slug, ledger } of results) io.stdout.write(`${slug}\n${formatLedger(ledger, { width })}\n`);
    if (contradicted > 0) io.stderr.write(`${msg.contradicted(contradicted)}\n`);
  }
  return contradicted > 0 ? 1 : 0;
}
