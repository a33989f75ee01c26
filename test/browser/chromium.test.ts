import { describe, expect, it } from 'vitest';
import { CHROMIUM, requireChromium } from './chromium.js';

describe('requireChromium', () => {
  it('fails, saying how to install Chromium, when it is missing', () => {
    expect(() => requireChromium('/no/such/chromium')).toThrow(/not installed at \/no\/such\/chromium.*apt-get install -y chromium/);
  });

  it('passes when it is there (these tests run only then)', () => {
    expect(() => requireChromium(CHROMIUM)).not.toThrow();
  });
});
