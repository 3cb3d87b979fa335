import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // DOM tests opt in with `// @vitest-environment happy-dom`; pure logic runs in node.
    environment: 'node',
    restoreMocks: true,
  },
});
