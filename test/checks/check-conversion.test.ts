import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/checks/check.js';
import { claimConversion } from '../../src/checks/claim-conversion.js';
import { FactError } from '../../src/errors.js';
import { fact, kesPerUsd } from './make-facts.js';

const rate = kesPerUsd(129.27, '2025-05-08');
const funding = fact('money', 13_000_000, 'USD', 'US funding paused', '$13 million');

describe('conversions', () => {
  it('supports an amount within 1% of the amount at the rate', () => {
    expect(checkClaim(claimConversion('sh1.68 billion', { amount: funding, rate })).verdict).toBe('supported');
    expect(checkClaim(claimConversion('KSh 1,697 million', { amount: funding, rate })).verdict).toBe('supported');
    expect(checkClaim(claimConversion('KSh 1,700 million', { amount: funding, rate })).verdict).toBe('contradicted');
    expect(checkClaim(claimConversion('KSh 1,700 million', { amount: funding, rate }), { tolerances: { conversion: 0.02 } }).verdict).toBe('supported');
  });

  it('takes the amount, rate and day from a fact made by convert', () => {
    const day = fact('date', Date.UTC(2025, 4, 10), 'day', 'story date', '2025-05-10');
    const converted = { ...fact('money', 1_680_510_000, 'KES', 'US funding paused, in KES', 'KSh 1.68 billion'), inputs: [funding, rate, day] };
    const entry = checkClaim(claimConversion('sh17.71 billion', { converted }));
    expect(entry.claim.against).toEqual({ type: 'conversion', amount: funding, rate, on: day });
    expect(entry.verdict).toBe('contradicted');
  });

  it('converts into the base currency by dividing', () => {
    const shillings = fact('money', 1_680_510_000, 'KES', 'funding in shillings', 'KSh 1.68 billion');
    expect(checkClaim(claimConversion('$13 million', { amount: shillings, rate })).verdict).toBe('supported');
    expect(checkClaim(claimConversion('$217 billion', { amount: shillings, rate })).explanation).toContain(
      'is the amount multiplied by the rate instead of divided by it: converted the wrong way round.',
    );
  });

  it('names a conversion done the wrong way round', () => {
    const entry = checkClaim(claimConversion('$13 million (sh100,565)', { rate }));
    expect(entry.verdict).toBe('contradicted');
    expect(entry.explanation).toBe(
      'At 129.27 KES per USD (Central Bank of Kenya weekly bulletin, May 8, 2025), $13 million is about sh1.68 billion; ' +
        'the stated sh100,565 is the amount divided by the rate instead of multiplied by it: converted the wrong way round.',
    );
  });

  it('names an amount off by a factor of 1,000 or 1,000,000', () => {
    expect(checkClaim(claimConversion('$13 million (sh1.68 million)', { rate })).explanation).toContain('is off by a factor of 1,000,');
    expect(checkClaim(claimConversion('$13 million (sh1,681)', { rate })).explanation).toContain('is off by a factor of 1,000,000,');
  });

  it('gives the rate a stated figure implies when it is off some other way', () => {
    // "sh2 billion" would cover 1.5 to 2.5 billion; "sh2.2 billion" covers 2.15 to 2.25.
    expect(checkClaim(claimConversion('$13 million (sh2 billion)', { rate })).verdict).toBe('supported');
    expect(checkClaim(claimConversion('$13 million (sh2.2 billion)', { rate })).explanation).toContain(
      'the stated sh2.2 billion implies about 169 shillings per dollar, 31% above the rate.',
    );
  });

  it('is a FactError without a rate, or for an amount the rate does not convert', () => {
    expect(() => claimConversion('sh1.68 billion', { amount: funding })).toThrow(FactError);
    expect(() => claimConversion('sh1.68 billion', { rate })).toThrow(/does not say which amount/);
    const euros = fact('money', 1_000_000, 'EUR', 'euros', '€1 million');
    expect(() => checkClaim(claimConversion('sh1.68 billion', { amount: euros, rate }))).toThrow(/EUR, which a KES\/USD rate does not convert/);
    expect(() => checkClaim(claimConversion('$13 million ($13 million)', { rate }))).toThrow(FactError);
  });
});
