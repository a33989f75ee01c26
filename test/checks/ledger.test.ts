import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { claimDate } from '../../src/checks/claim-date.js';
import { formatLedger, ledgerToJSON, wrap } from '../../src/checks/ledger.js';
import { notChecked } from '../../src/checks/not-checked.js';
import { officers } from './make-facts.js';

const story = 'Kenya sent 871 officers on Monday, June 24, 2024, between the two nations.';
const total = { ...officers(817, 'officers deployed in total'), id: 'total' };
const ledger = checkClaims(
  [claim('871 officers', { expect: total }), claimDate('Monday, June 24, 2024'), notChecked('two', 'Kenya and the United States')],
  { article: story },
);

describe('ledgerToJSON', () => {
  it('counts verdicts and lists each claim with its binding, facts cited by reference', () => {
    expect(ledgerToJSON(ledger)).toEqual({
      summary: { contradicted: 1, incomplete: 0, unverifiable: 1, supported: 1 },
      claims: [
        {
          id: '871 officers',
          text: '871 officers',
          kind: 'number',
          sentence: story,
          span: { start: 11, end: 23 },
          verdict: 'contradicted',
          stated: 871,
          step: 1,
          expected: { value: 817, text: '817', unit: 'officers' },
          difference: { absolute: 54, relative: 54 / 817, factor: 871 / 817, unit: 'officers' },
          accepted: { low: 870.5, high: 871.5 },
          explanation: 'The data give 817 (officers deployed in total), not "871 officers": 54 too many (+6.6%).',
          against: { type: 'fact', fact: { id: 'total', label: 'officers deployed in total', value: 817, unit: 'officers', text: '817' } },
        },
        {
          id: 'Monday, June 24, 2024',
          text: 'Monday, June 24, 2024',
          kind: 'date',
          sentence: story,
          span: { start: 27, end: 48 },
          verdict: 'supported',
          stated: { year: 2024, month: 6, day: 24, weekday: 1 },
          expected: { value: '2024-06-24', text: 'Monday, June 24, 2024' },
          explanation: 'June 24, 2024 was a Monday, as stated.',
          against: { type: 'calendar' },
        },
        {
          id: 'two',
          text: 'two',
          kind: 'number',
          sentence: story,
          span: { start: 62, end: 65 },
          verdict: 'unverifiable',
          stated: 2,
          step: 1,
          explanation: 'Not checked: Kenya and the United States.',
          against: { type: 'unchecked', reason: 'Kenya and the United States' },
        },
      ],
    });
  });

  it('gives the same text for the same ledger', () => {
    expect(JSON.stringify(ledgerToJSON(ledger))).toBe(JSON.stringify(ledgerToJSON(checkClaims(ledger.map((e) => e.claim), { article: story }))));
  });
});

describe('formatLedger', () => {
  it('prints a table no wider than asked, with a count of verdicts', () => {
    const table = formatLedger(ledger, { width: 80 });
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Claim\s+Verdict\s+Expected\s+Explanation$/);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(table).toContain('✗ contradicted');
    expect(table).toContain('✓ supported');
    expect(lines.at(-1)).toBe('3 claims: 1 contradicted, 1 unverifiable, 1 supported');
    // The explanation wraps inside its own column.
    const column = lines[0]?.indexOf('Explanation') ?? -1;
    expect(lines.filter((line) => line.startsWith(' '.repeat(column)) && line.trim() !== '').length).toBeGreaterThan(0);
  });
});

describe('wrap', () => {
  it('breaks at spaces and cuts words longer than the line', () => {
    expect(wrap('the data give 817 officers', 10)).toEqual(['the data', 'give 817', 'officers']);
    expect(wrap('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrap('', 5)).toEqual(['']);
  });
});
