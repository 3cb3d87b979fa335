/**
 * The whole authoring path on a made-up op-ed, as docs/authoring-packs.md walks it: draft, fill,
 * check, keygen, sign; then what a reader's browser would do with the file (verify, import).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { checkPackForImport } from '../../../../core/pack/check-import';
import type { PositionPack } from '../../../../core/pack/schema';
import { keyFingerprint, verifyPack } from '../../../../core/pack/signature';
import { fillDraft } from './fill-draft';
import { editPack, OP_ED, pack, readJson, tempFolder } from './run';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempFolder()));
afterEach(() => cleanup());

describe('pack authoring, end to end', () => {
  it('drafts, checks, signs, and gives a pack the extension verifies and imports', async () => {
    expect((await pack(dir, 'draft', OP_ED, '--out', 'byggnads', '--id', 'byggnads-pack')).code).toBe(0);
    const packDir = join(dir, 'byggnads');
    // Straight from draft, the check fails on what is left to write, and says where.
    const unfilled = await pack(dir, 'check', 'byggnads');
    expect(unfilled.code).toBe(1);
    expect(unfilled.err).toContain('positions[0].statement.sv: still TODO: "TODO"');

    editPack(packDir, (p) => fillDraft(p));
    const checked = await pack(dir, 'check', 'byggnads');
    expect(checked.err).toEqual([]);
    expect(checked.out).toEqual([
      'check: ok: byggnads-pack 0.1.0: 1 source (8 paragraphs, 1 non-claim), 3 topics, 7 positions, 3 figures; unsigned',
    ]);

    const keygen = await pack(dir, 'keygen', '--out', 'signing-key.json');
    expect(keygen.code).toBe(0);
    const keys = readJson(join(dir, 'signing-key.json')) as { publicKey: string };
    const fingerprint = await keyFingerprint(keys.publicKey);
    expect(keygen.out).toContain(`fingerprint: ${fingerprint}`);

    const signed = await pack(dir, 'sign', 'byggnads', '--key', 'signing-key.json');
    expect(signed.code).toBe(0);
    expect(signed.out[0]).toBe(`sign: signed byggnads-pack 0.1.0 with key ${fingerprint}`);
    const file = readJson(join(packDir, 'pack.json')) as PositionPack;
    expect(await verifyPack(file)).toEqual({ status: 'valid', publicKey: keys.publicKey });
    expect(checkPackForImport(file, BUNDLED_PACK, [])).toEqual({ ok: true, pack: file });
    expect((await pack(dir, 'check', 'byggnads')).out.at(-1)).toMatch(/; signed, key [0-9a-f ]+$/);
  });

  it('fails the check after an edit to a signed pack, and signing again replaces the signature', async () => {
    await pack(dir, 'draft', OP_ED, '--out', 'byggnads', '--id', 'byggnads-pack');
    const packDir = join(dir, 'byggnads');
    editPack(packDir, (p) => fillDraft(p));
    await pack(dir, 'keygen', '--out', 'key.json');
    await pack(dir, 'sign', 'byggnads', '--key', 'key.json');
    const first = readJson(join(packDir, 'pack.json')).signature;

    editPack(packDir, (p) => {
      p.positions[0].statement.sv = 'Arbetsmiljön på byggena är hela samhällets sak.';
    });
    const edited = await pack(dir, 'check', 'byggnads');
    expect(edited.code).toBe(1);
    expect(edited.err[0]).toMatch(/^signature: does not match the pack: it was changed after signing/);
    expect(edited.err).toHaveLength(2); // the problem and the count: nothing else is wrong

    const again = await pack(dir, 'sign', 'byggnads', '--key', 'key.json');
    expect(again.code).toBe(0);
    expect(again.out[0]).toMatch(/\(the previous signature was replaced\)$/);
    const file = readJson(join(packDir, 'pack.json')) as PositionPack;
    expect(file.signature).not.toEqual(first);
    expect((await verifyPack(file)).status).toBe('valid');
    expect((await pack(dir, 'check', 'byggnads')).code).toBe(0);
  });
});
