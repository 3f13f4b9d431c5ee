import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'grader/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 30000,
  },
});
