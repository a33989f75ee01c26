/**
 * The ledger in two forms: JSON for machines (`claims.json`), with a fixed shape and key order,
 * and a table for a terminal.
 */

import type { Fact } from '../facts/fact.js';
import * as msg from '../messages/checks.js';
import type { Binding, Claim } from './claim.js';
import { type Difference, type LedgerEntry, type Printed, VERDICTS, type Verdict } from './verdict.js';
import type { Range } from './tolerance.js';

/** A fact as the ledger cites it; the whole fact (rows, inputs) is in `facts.json`. */
export interface FactRef {
  id?: string;
  label: string;
  value: number;
  unit: string;
  text: string;
}

/** What a claim was checked against, with facts cited by reference. */
export type BindingJSON =
  | { type: 'fact'; fact: FactRef }
  | { type: 'conversion'; amount: FactRef; rate: FactRef; on?: FactRef }
  | { type: 'calendar'; near?: FactRef }
  | { type: 'sum'; of: readonly string[] }
  | { type: 'unchecked'; reason: string }
  | { type: 'unbound' };

/** One checked claim in `claims.json`. */
export interface LedgerEntryJSON {
  id: string;
  text: string;
  kind: Claim['kind'];
  sentence?: string;
  span?: { start: number; end: number };
  qualifier?: Claim['qualifier'];
  verdict: Verdict;
  stated: Claim['value'];
  step?: number;
  expected?: Printed;
  difference?: Difference;
  accepted?: Range;
  resolved?: Printed;
  explanation: string;
  against: BindingJSON;
}

/** `claims.json`: how many claims got each verdict, then every claim in ledger order. */
export interface LedgerJSON {
  summary: Record<Verdict, number>;
  claims: LedgerEntryJSON[];
}

/** The ledger as plain JSON: the same entries always give the same keys in the same order. */
export function ledgerToJSON(entries: readonly LedgerEntry[]): LedgerJSON {
  const summary = Object.fromEntries(VERDICTS.map((verdict) => [verdict, entries.filter((entry) => entry.verdict === verdict).length])) as Record<Verdict, number>;
  return { summary, claims: entries.map(entryToJSON) };
}

function entryToJSON({ claim, verdict, expected, difference, accepted, resolved, explanation }: LedgerEntry): LedgerEntryJSON {
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    ...(claim.sentence !== undefined ? { sentence: claim.sentence } : {}),
    ...(claim.span !== undefined ? { span: { start: claim.span.start, end: claim.span.end } } : {}),
    ...(claim.qualifier !== undefined ? { qualifier: { text: claim.qualifier.text, bound: claim.qualifier.bound } } : {}),
    verdict,
    stated: claim.value,
    ...('step' in claim ? { step: claim.step } : {}),
    ...(expected !== undefined ? { expected } : {}),
    ...(difference !== undefined ? { difference } : {}),
    ...(accepted !== undefined ? { accepted } : {}),
    ...(resolved !== undefined ? { resolved } : {}),
    explanation,
    against: bindingToJSON(claim.against),
  };
}

function factRef({ id, label, value, unit, text }: Fact): FactRef {
  return { ...(id !== undefined ? { id } : {}), label, value, unit, text };
}

function bindingToJSON(binding: Binding): BindingJSON {
  switch (binding.type) {
    case 'fact':
      return { type: 'fact', fact: factRef(binding.fact) };
    case 'conversion':
      return { type: 'conversion', amount: factRef(binding.amount), rate: factRef(binding.rate), ...(binding.on !== undefined ? { on: factRef(binding.on) } : {}) };
    case 'calendar':
      return { type: 'calendar', ...(binding.near !== undefined ? { near: factRef(binding.near) } : {}) };
    case 'sum':
      return { type: 'sum', of: [...binding.of] };
    case 'unchecked':
      return { type: 'unchecked', reason: binding.reason };
    case 'unbound':
      return { type: 'unbound' };
  }
}

/** Options for {@link formatLedger}. */
export interface FormatLedgerOptions {
  /** Width of the table in characters. Default 100. */
  width?: number;
}

/** Narrowest the explanation and the other columns get; a table narrower than their sum runs over `width`. */
const MIN_EXPLANATION = 24;
const MIN_COLUMN = 8;

/** Marks that let a verdict be found by eye. */
const MARKS: Readonly<Record<Verdict, string>> = { supported: '✓', contradicted: '✗', incomplete: '~', unverifiable: '?' };

/**
 * The ledger as a table for a terminal: claim, verdict, expected value (the resolved day for an
 * incomplete date) and explanation, wrapped to `width`, with a count of verdicts below.
 */
export function formatLedger(entries: readonly LedgerEntry[], { width = 100 }: FormatLedgerOptions = {}): string {
  const headings = msg.ledgerHeadings();
  const rows = entries.map((entry) => [entry.claim.text, `${MARKS[entry.verdict]} ${entry.verdict}`, entry.resolved?.text ?? entry.expected?.text ?? '–', entry.explanation]);
  const fixed = [
    fit(rows.map((row) => row[0] ?? ''), headings[0], 24),
    fit(rows.map((row) => row[1] ?? ''), headings[1], 14),
    fit(rows.map((row) => row[2] ?? ''), headings[2], 22),
  ];
  const gap = 2;
  const fixedRoom = width - gap * 3 - MIN_EXPLANATION;
  // On a narrow terminal the widest of the first three columns gives way first, down to a floor.
  while (fixed.reduce((a, b) => a + b, 0) > fixedRoom && Math.max(...fixed) > MIN_COLUMN) {
    const widest = fixed.indexOf(Math.max(...fixed));
    fixed[widest] = (fixed[widest] ?? MIN_COLUMN) - 1;
  }
  const rest = Math.max(MIN_EXPLANATION, width - fixed.reduce((a, b) => a + b, 0) - gap * 3);
  const widths = [...fixed, rest];
  const line = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i] ?? rest));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, row) =>
      wrapped.map((lines, i) => (lines[row] ?? '').padEnd(i < widths.length - 1 ? widths[i] ?? 0 : 0)).join(' '.repeat(gap)).trimEnd(),
    ).join('\n');
  };
  const rule = '-'.repeat(Math.min(width, widths.reduce((a, b) => a + b, 0) + gap * 3));
  const counts = VERDICTS.map((verdict) => [verdict, entries.filter((entry) => entry.verdict === verdict).length] as const).filter(([, n]) => n > 0);
  return [line(headings), rule, ...rows.map(line), rule, msg.ledgerSummary(entries.length, counts)].join('\n');
}

/** A column's width: its longest cell or heading, at most `max`. */
function fit(cells: readonly string[], heading: string, max: number): number {
  return Math.min(max, Math.max(heading.length, ...cells.map((cell) => cell.length)));
}

/** `text` in lines of at most `width` characters, broken at spaces (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    for (let piece = word; piece !== ''; ) {
      const room = current === '' ? width : width - current.length - 1;
      if (piece.length <= room) {
        current = current === '' ? piece : `${current} ${piece}`;
        piece = '';
      } else if (current !== '') {
        lines.push(current);
        current = '';
      } else {
        lines.push(piece.slice(0, width));
        piece = piece.slice(width);
      }
    }
  }
  return current === '' && lines.length > 0 ? lines : [...lines, current];
}
