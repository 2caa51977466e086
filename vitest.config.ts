import { defineConfig } from 'vitest/config';

// One suite: unit, API, calibration, start and browser tests. TZ is pinned so
// date arithmetic is the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    expect: {
      // A test that asserts nothing is a defect.
      requireAssertions: true,
      // Polls in the browser tests wait on the server: a slow CI machine needs more than 1 s.
      poll: { timeout: 10_000 },
    },
  },
});
