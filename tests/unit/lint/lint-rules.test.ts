/**
 * The lint rules guard two boundaries (no HTML sinks anywhere; no browser API in pure modules);
 * these tests prove the rules fire, so a config change cannot silently switch them off.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function lint(relPath: string, code: string): string {
  const file = resolve(ROOT, relPath);
  writeFileSync(file, code);
  try {
    execFileSync('npx', ['biome', 'lint', '--max-diagnostics=50', relPath], { cwd: ROOT, stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  } finally {
    rmSync(file, { force: true });
  }
}

describe('lint rules', () => {
  it('forbids every HTML injection sink', () => {
    const out = lint(
      'components/zz-lint-probe.tsx',
      [
        'export function a(e: Element) { e.innerHTML = String(e); }',
        'export function b(e: Element) { e.outerHTML = String(e); }',
        "export function c(e: Element) { e.insertAdjacentHTML('beforeend', String(e)); }",
        "export const d = () => <div dangerouslySetInnerHTML={{ __html: 'x' }} />;",
      ].join('\n'),
    );
    expect(out.match(/HTML injection sink/g)?.length).toBe(4);
  }, 30_000);

  it('forbids network APIs', () => {
    const out = lint(
      'lib/zz-lint-probe.ts',
      [
        "export const a = () => fetch('https://example.com');",
        'export const b = () => new XMLHttpRequest();',
        "export const c = () => new WebSocket('wss://example.com');",
        "export const d = () => navigator.sendBeacon('https://example.com', '');",
      ].join('\n'),
    );
    expect(out.match(/Network API/g)?.length).toBe(4);
  }, 30_000);

  it('keeps browser APIs out of pure modules', () => {
    const out = lint(
      'lib/match/zz-lint-probe.ts',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
    );
    expect(out).toContain('Pure modules run in tests and benchmarks without a browser');
  }, 30_000);

  it('keeps background code out of the injected content script', () => {
    const out = lint(
      'entrypoints/content/zz-lint-probe.ts',
      "import { scanTab } from '../../lib/background/scan-tab';\nexport const x = scanTab;\n",
    );
    expect(out).toContain('Code injected into pages must not pull in background');
  }, 30_000);
});
