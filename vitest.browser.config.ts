import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core, against a
 * report built by the CLI. Slow (a build, then dozens of page loads), so kept out of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One Chromium at a time: the files share nothing, but each launches a browser.
    fileParallelism: false,
  },
});
