import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './build-extension';

const AXE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeResult {
  violations: string[];
  passes: string[];
}

/**
 * Runs axe-core in the page (whole document, or one element such as a shadow-root host).
 * Injected with evaluate, not a <script>: extension pages' CSP forbids inline scripts.
 */
export async function runAxe(page: Page, selector?: string): Promise<AxeResult> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    const context = sel ? (document.querySelector(sel) as Element) : document;
    const { violations, passes } = await axe.run(context);
    return {
      violations: violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
      passes: passes.map((p) => p.id),
    };
  }, selector ?? null);
}
