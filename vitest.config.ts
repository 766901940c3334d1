import { defineConfig } from 'vitest/config';

function apiProject(name: string, env: Record<string, string>) {
  return {
    test: {
      name,
      include: ['src/server/**/*.test.ts'],
      globalSetup: ['src/server/test/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      env,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['src/domain/**/*.test.ts'] } },
      apiProject('api', {}),
      // The same API tests again on PostgreSQL when a test database is given (CI sets it).
      ...(process.env.TEST_DATABASE_URL ? [apiProject('api-postgres', { TEST_DB: 'postgres' })] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // As long as a page waits for anything (openPage): a busy machine answers slower than vitest's 1 s.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
