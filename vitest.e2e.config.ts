import { defineConfig } from 'vitest/config';

// Real browsers, one spec file at a time: two cores cannot run several browsers reliably.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
