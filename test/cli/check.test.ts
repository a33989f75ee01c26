import { describe, expect, it } from 'vitest';
import { copydesk } from '../integration/build-cli.js';

interface ClaimJSON { id: string; text: string; verdict: string; explanation: string; expected?: { text: string }; resolved?: { value: string } }

describe('copydesk check haiti-mss', () => {
  it('lists the claims with their verdicts as JSON and exits 1 on the contradicted conversion', () => {
    const result = copydesk(['check', 'haiti-mss', '--json']);
    expect(result.status).toBe(1);
    const ledger = JSON.parse(result.stdout) as { report: string; claims: ClaimJSON[]; summary: Record<string, number> };
    const verdict = (text: string) => ledger.claims.find((c) => c.text === text);
    expect(verdict('$13 million(sh17.71 billion)')).toMatchObject({ verdict: 'contradicted', expected: { text: 'sh1.68 billion' } });
    expect(verdict('$13 million(sh17.71 billion)')?.explanation).toMatch(/129\.27.*1,362 shillings per dollar, more than ten times/);
    expect(verdict('25,2024')?.verdict).toBe('incomplete');
    expect(verdict('Thursday 8')).toMatchObject({ verdict: 'incomplete', resolved: { value: '2025-05-08' } });
    expect(verdict('Monday, June 24, 2024')?.verdict).toBe('supported');
    expect(verdict('Monday, June 24, 2024')?.explanation).toMatch(/Monday/);
    expect(ledger.claims.find((c) => c.id === 'total in the headline')).toMatchObject({ verdict: 'supported' });
    expect(ledger.claims.filter((c) => c.verdict === 'contradicted')).toHaveLength(1);
  });

  it('prints a readable table on a terminal', () => {
    const result = copydesk(['check', 'haiti-mss']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/contradicted/);
    expect(result.stderr).toMatch(/1 claim is contradicted/);
  });
});
