/**
 * `check` on a filled pack with one thing broken: each mistake an author is likely to make gives
 * one line naming where it is, and exit code 1; `sign` refuses what `check` fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDraft } from './fill-draft';
import { editPack, OP_ED, pack, type Run, readJson, tempFolder } from './run';

let dir: string;
let cleanup: () => void;
const packDir = () => join(dir, 'byggnads');

beforeEach(async () => {
  ({ dir, cleanup } = tempFolder());
  await pack(dir, 'draft', OP_ED, '--out', 'byggnads', '--id', 'byggnads-pack');
  editPack(packDir(), (p) => fillDraft(p));
});
afterEach(() => cleanup());

/** The check's problem lines (its last line only counts them). */
async function problemsAfter(edit: Parameters<typeof editPack>[1]): Promise<Run> {
  editPack(packDir(), edit);
  const run = await pack(dir, 'check', 'byggnads');
  expect(run.code).toBe(1);
  expect(run.err.at(-1)).toBe(`check: ${run.err.length - 1} problem(s)`);
  return run;
}

describe('check fails with a located line', () => {
  it('on a TODO left anywhere', async () => {
    const run = await problemsAfter((p) => {
      p.positions[2].statement.en = 'TODO';
    });
    expect(run.err.slice(0, -1)).toEqual(['positions[2].statement.en: still TODO: "TODO"']);
  });

  it('on a figure its paragraph does not state', async () => {
    const run = await problemsAfter((p) => {
      p.figures[0].value = 13000;
    });
    expect(run.err.slice(0, -1)).toEqual([
      'figures[0]: figure "byggnads-op-ed-2-figure-1": paragraph 2 of "byggnads-op-ed" does not state about 13000 (persons)',
    ]);
  });

  it('on a cited paragraph past the end, by the count or by the text', async () => {
    const past = await problemsAfter((p) => {
      p.positions[0].refs.push({ source: 'byggnads-op-ed', paragraph: 9 });
    });
    expect(past.err.slice(0, -1)).toEqual([
      'positions[0].refs[1].paragraph: paragraph 9 does not exist: source "byggnads-op-ed" has 8',
    ]);
    // Raising paragraphCount to match does not help: the text has 8.
    const counted = await problemsAfter((p) => {
      p.sources[0].paragraphCount = 9;
    });
    expect(counted.err).toContain(
      'sources[0]: source "byggnads-op-ed": byggnads-op-ed.txt has 8 paragraphs, the pack says 9',
    );
    expect(counted.err).toContain(
      'positions[0]: position "byggnads-op-ed-1": "byggnads-op-ed" has no paragraph 9',
    );
  });

  it('on a topic with no Swedish lexicon terms, or no lexicon entry', async () => {
    const empty = await problemsAfter((p) => {
      p.lexicon[1].sv = [];
    });
    expect(empty.err.slice(0, -1)).toEqual([
      'lexicon[1].sv: topic "byggnads-pack-secure-employment" has no Swedish terms: no word would mark it for most readers',
    ]);
    const missing = await problemsAfter((p) => {
      p.lexicon.splice(1, 1);
    });
    expect(missing.err.slice(0, -1)).toEqual([
      'topics[1]: topic "byggnads-pack-secure-employment" has no lexicon entry: no word would ever mark it',
    ]);
  });

  it('on a tampered signature', async () => {
    await pack(dir, 'keygen', '--out', 'key.json');
    expect((await pack(dir, 'sign', 'byggnads', '--key', 'key.json')).code).toBe(0);
    const run = await problemsAfter((p) => {
      const bytes = Uint8Array.from(atob(p.signature.value), (c) => c.charCodeAt(0));
      bytes[0] = (bytes[0] as number) ^ 1;
      p.signature.value = btoa(String.fromCharCode(...bytes));
    });
    expect(run.err.slice(0, -1)).toEqual([
      'signature: does not match the pack: it was changed after signing (sign it again: npm run pack -- sign DIR --key KEYFILE)',
    ]);
  });

  it('on cues and lexicon terms the extension would refuse, and on copied statements', async () => {
    const run = await problemsAfter((p) => {
      p.positions[1].cues.sv.push('a*');
      p.positions[3].statement.sv = 'Den som inte vet om hen har jobb nästa månad säger sällan ifrån.';
    });
    expect(run.err).toContain(
      'positions[1].cues.sv[1]: cue "a*" refused: "a*" is too short a stem (at least 3 letters)',
    );
    expect(
      run.err.some((l) =>
        l.startsWith('positions[3]: position "byggnads-op-ed-4" statement.sv copies 8+ words'),
      ),
    ).toBe(true);
  });
});

describe('check notes what is allowed but will not work as meant', () => {
  it('a lexicon term the built-in pack already has', async () => {
    editPack(packDir(), (p) => p.lexicon[0].sv.push('arbetsmiljö*'));
    const run = await pack(dir, 'check', 'byggnads');
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe(
      'note: lexicon[0].sv[6]: "arbetsmiljö*" is also a term of the built-in topic "work-environment", which is read first: it will mark that topic, not "byggnads-pack-work-environment"',
    );
  });
});

describe('check notes where the op-ed itself would not show the topic', () => {
  it('a cited paragraph none of the topic terms marks, read with the built-in terms first', async () => {
    // "kollektivavtal*" alone is the built-in topic's term: only the phrases marked this topic.
    editPack(packDir(), (p) => {
      p.lexicon[2].sv = ['kollektivavtal*', 'beställaransvar*'];
    });
    const run = await pack(dir, 'check', 'byggnads');
    expect(run.code).toBe(0);
    expect(run.out.filter((l) => l.includes('no word marks'))).toEqual(
      [4, 5].map(
        (i) =>
          `note: positions[${i}].refs[0]: no word marks topic "byggnads-pack-collective-agreements" in paragraph ${i + 1} of "byggnads-op-ed": readers of the op-ed itself would not see the topic there`,
      ),
    );
  });
});

describe('sign', () => {
  it('refuses a pack that fails the check and leaves the file as it was', async () => {
    await pack(dir, 'keygen', '--out', 'key.json');
    editPack(packDir(), (p) => {
      p.name.en = 'TODO';
    });
    const before = readFileSync(join(packDir(), 'pack.json'), 'utf8');
    const run = await pack(dir, 'sign', 'byggnads', '--key', 'key.json');
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      'name.en: still TODO: "TODO"',
      'sign: 1 problem(s)',
      'sign: not signed: fix the problems above first',
    ]);
    expect(readFileSync(join(packDir(), 'pack.json'), 'utf8')).toBe(before);
  });

  it('refuses a key file whose private key is not that of its public key', async () => {
    await pack(dir, 'keygen', '--out', 'a.json');
    await pack(dir, 'keygen', '--out', 'b.json');
    const mixed = {
      publicKey: readJson(join(dir, 'a.json')).publicKey,
      privateKey: readJson(join(dir, 'b.json')).privateKey,
    };
    writeFileSync(join(dir, 'mixed.json'), JSON.stringify(mixed), { mode: 0o600 });
    const run = await pack(dir, 'sign', 'byggnads', '--key', 'mixed.json');
    expect(run.code).toBe(1);
    expect(run.err.at(-1)).toMatch(/mixed\.json: the private key does not match the public key$/);
    expect(readJson(join(packDir(), 'pack.json')).signature).toBeUndefined();
  });

  it('refuses a key kept inside the pack folder', async () => {
    await pack(dir, 'keygen', '--out', 'byggnads/key.json');
    const run = await pack(dir, 'sign', 'byggnads', '--key', 'byggnads/key.json');
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/key\.json is inside the pack folder; keep the private key elsewhere$/);
  });
});
