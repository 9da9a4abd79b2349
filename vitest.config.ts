import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Separate from vite.config.ts so the PWA and dataset plugins do not run under Vitest.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
  },
});
