import { defineConfig } from 'vitest/config';

// Unit tests run under UTC on purpose: date code must give Beijing-time results on any machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
