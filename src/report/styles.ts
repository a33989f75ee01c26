/**
 * The report's stylesheet, inlined into every page so it opens offline. System fonts only; a single
 * column that reads on a phone, prints cleanly, and meets WCAG AA contrast.
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #d8d8d8; --paper: #fff; --tint: #f5f3ee; --accent: #0b5cad;
  --ok: #1b6e3a; --bad: #b3261e; --warn: #8a5a00; --unknown: #555; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 18px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
header.masthead { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; padding-bottom: 1rem; }
.kicker { font: 600 0.8rem/1.2 system-ui, "DejaVu Sans", sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); }
h1 { font-size: clamp(1.7rem, 5vw, 2.5rem); line-height: 1.15; margin: .4rem 0 .6rem; }
.dek { font-size: 1.15rem; color: var(--muted); margin: 0 0 .8rem; }
.byline { font: 0.85rem/1.4 system-ui, "DejaVu Sans", sans-serif; color: var(--muted); }
h2 { font: 700 1.3rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 2.2rem 0 .6rem; }
h3 { font: 700 1rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 1.2rem 0 .4rem; }
a { color: var(--accent); }
a.fact { color: inherit; text-decoration: underline dotted var(--accent); text-underline-offset: 3px; font-weight: 600; }
a.fact:hover, a.fact:focus { background: #e6f0fa; }
.cell { margin: 1.2rem 0; }
.sans, figure, table, .fact-box, .note, details, .ledger { font-family: system-ui, "DejaVu Sans", sans-serif; }
.fact-box { background: var(--tint); padding: 1rem; border-radius: 4px; }
.fact-box h3 { margin-top: 0; }
.fact-box ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .8rem; }
.fact-box .value { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.2; }
.fact-box .label { display: block; font-size: .85rem; color: var(--muted); }
figure { margin: 1.5rem 0; }
figure .chart svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .8rem; color: var(--muted); margin-top: .4rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
caption { text-align: left; font-weight: 700; padding-bottom: .4rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { border-bottom: 2px solid var(--ink); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { border-left: 4px solid var(--rule); padding: .2rem 1rem; color: #333; font-size: .95rem; }
details { font-size: .8rem; margin: .4rem 0; color: #333; }
details summary { cursor: pointer; color: var(--accent); }
details pre { white-space: pre-wrap; word-break: break-word; background: var(--tint); padding: .6rem; font-size: .75rem; }
blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid var(--rule); color: #333; }
.verdict { display: inline-block; font: 700 .7rem/1.4 system-ui, "DejaVu Sans", sans-serif; text-transform: uppercase;
  letter-spacing: .04em; padding: 0 .35rem; border-radius: 3px; color: #fff; white-space: nowrap; }
.verdict-supported { background: var(--ok); }
.verdict-contradicted { background: var(--bad); }
.verdict-incomplete { background: var(--warn); }
.verdict-unverifiable, .verdict-not-checked { background: var(--unknown); }
mark.claim { background: none; border-bottom: 3px solid var(--unknown); padding: 0 1px; color: inherit; }
mark.claim-supported { border-color: var(--ok); }
mark.claim-contradicted { border-color: var(--bad); background: #fbeaea; }
mark.claim-incomplete { border-color: var(--warn); background: #fdf4e3; }
.ledger-table { font-size: .8rem; }
.ledger-table td.sentence { color: #333; min-width: 12rem; }
.ledger-table td:first-child { min-width: 6rem; }
.ledger-summary { font-size: .9rem; }
.article-text { font-family: Georgia, "DejaVu Serif", serif; font-size: .95rem; }
.sources li { margin-bottom: .3rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 1rem; font-size: .8rem; color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 30rem) { body { font-size: 17px; } main { padding: 1rem .8rem 3rem; } }
@media print {
  body { font-size: 11pt; } main { max-width: none; padding: 0; }
  details { display: block; } details > *:not(summary) { display: block; }
  a { color: inherit; } figure, table, .fact-box { break-inside: avoid; }
}
`.trim();
