import { defineConfig } from 'vitest/config';

// Browser tests: Chromium driven by playwright-core against the built site on loopback.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
