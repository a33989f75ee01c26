/** Help texts, one per command. */

export const MAIN_USAGE = `copydesk: data-journalism reports that check their own numbers

Usage: copydesk <command> [options]

Commands:
  build [report ...]   Build reports into out/<slug>/ (all of reports/ when none is named)
  check [report ...]   Print the fact-check ledger; exit 1 when a claim is contradicted
  new <slug>           Start a report: reports/<slug>.ts and datasets/<slug>/
  preview [report]     Build, serve on 127.0.0.1 and rebuild on every save

Options:
  -h, --help           Show help (also: copydesk <command> --help)
  -v, --version        Print the version
  --debug              Print stack traces on errors

A report is named by slug (reports/<slug>.ts) or by path.`;

export const BUILD_USAGE = `Usage: copydesk build [report ...] [--out DIR] [--quiet | --json] [--no-cache] [--debug]

Builds each report (a slug such as haiti-mss, or a path to a .ts module) into DIR/<slug>/:
index.html, charts/<id>.svg, charts/<id>.vl.json, data/*.csv, facts.json, claims.json.
With no report named, builds every module in reports/. Prints each step (load, facts, checks,
charts, html, write) with counts and times: a live progress line on a terminal, plain lines otherwise.

Charts drawn by a build are kept in node_modules/.cache/copydesk/ (when the folder has a
node_modules), so the next build redraws only the charts that changed. The output is the same
either way; delete that folder, or pass --no-cache, to draw everything again.

Options:
  -o, --out DIR   Output folder (default: out)
  -q, --quiet     Print only warnings and errors
  --json          Print progress as JSON events, one per line (for machines)
  --no-cache      Draw every chart, and keep none for the next build
  --debug         Print stack traces on errors
  -h, --help      Show this help`;

export const CHECK_USAGE = `Usage: copydesk check [report ...] [--json] [--debug]

Computes each report's facts and checks the story's claims against them. Prints the ledger (a table
on a terminal, JSON with --json) and exits 1 when a claim is contradicted, 0 otherwise.

Options:
  --json          Print the ledger as JSON
  --debug         Print stack traces on errors
  -h, --help      Show this help`;

export const NEW_USAGE = `Usage: copydesk new <slug>

Creates reports/<slug>.ts and datasets/<slug>/ (an example CSV and its sidecar), a report that builds
at once. Refuses to overwrite anything that exists.

Options:
  -h, --help      Show this help`;

export const PREVIEW_USAGE = `Usage: copydesk preview [report] [--port N] [--out DIR] [--no-cache]

Builds the report, serves DIR (default out/) on 127.0.0.1, and watches the report module, its
datasets, their sidecars and source texts. Each save rebuilds the report and reloads open pages,
keeping their scroll position; charts that did not change are not drawn again, and the first build
reads the charts copydesk build keeps in node_modules/.cache/copydesk/. A failed build is shown over
the last good page. Stop with Ctrl-C.

Options:
  -p, --port N    Port to listen on (default: a free one, printed)
  -o, --out DIR   Output folder (default: out)
  --no-cache      Draw every chart at the first build, and keep none for the next run
  -h, --help      Show this help`;
