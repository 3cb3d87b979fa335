import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { markjsWithoutIterator } from './tools/build/markjs-without-iterator.ts';

export default defineConfig({
  // mark.js as the extension bundles it (see the plugin), so a test reaching for what is left out fails.
  plugins: [WxtVitest(), markjsWithoutIterator()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // DOM tests opt in with `// @vitest-environment happy-dom`; pure logic runs in node.
    environment: 'node',
    restoreMocks: true,
  },
});
