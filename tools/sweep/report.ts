/** Sweep verdicts and the human-readable table. */
import type { PageResult } from './sweepPage';

export function failures(results: PageResult[], { expectNoMarks }: { expectNoMarks: boolean }): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.extensionErrors.length > 0) out.push(`${r.name}: extension exception: ${r.extensionErrors[0]}`);
    if (r.violations.length > 0) out.push(`${r.name}: mark inside excluded element: ${r.violations[0]}`);
    if (r.textChanged) out.push(`${r.name}: page text changed`);
    if (r.finishedAtMs === null) out.push(`${r.name}: highlighter did not finish`);
    if (r.addsLongTask) {
      out.push(
        `${r.name}: the extension adds a long task in every load (with: ${r.longTasksWith.join('/')}, without: ${r.longTasksWithout.join('/')})`,
      );
    }
    if (expectNoMarks && r.marks > 0) out.push(`${r.name}: ${r.marks} marks where none were expected`);
  }
  return out;
}

export function printTable(results: PageResult[], failed: string[]): void {
  const rows = results.map((r) => [
    r.name,
    String(r.marks),
    String(r.extensionErrors.length),
    String(r.violations.length),
    r.textChanged ? 'CHANGED' : 'same',
    r.finishedAtMs === null ? 'never' : `${r.finishedAtMs} ms`,
    `${r.busyMs} ms`,
    `${r.longestExtensionSliceMs} ms${r.longestPrepareTask ? ` (prep ${r.longestPrepareTask})` : ''}`,
    `${Math.round(r.longestPageTaskMs)} ms`,
    `${r.longTasksWith.join('/')} vs ${r.longTasksWithout.join('/')}${r.addsLongTask ? ' ADDED' : ''}`,
  ]);
  const head = [
    'page',
    'marks',
    'errors',
    'violations',
    'text',
    'finished at',
    'busy',
    'longest slice',
    'longest task',
    'long tasks with vs without',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  const slowest = Math.max(0, ...results.map((r) => r.longestExtensionSliceMs));
  const added = results.filter((r) => r.addsLongTask).length;
  console.log(
    `\n${results.length} pages, ${failed.length} failures; longest extension slice ${slowest} ms; pages where the extension adds a long task in every load: ${added}`,
  );
  for (const f of failed) console.log(`FAIL ${f}`);
}
