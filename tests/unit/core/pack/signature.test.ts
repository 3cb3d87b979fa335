import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../core/pack/canonical-json';
import type { PositionPack } from '../../../../core/pack/schema';
import { generateSigningKey, keyFingerprint, signPack, verifyPack } from '../../../../core/pack/signature';
import { compareVersions, decideTrust } from '../../../../core/pack/trust';
import { parsePack } from '../../../../core/pack/validate';
import { minimalPack } from './minimal-pack';

const versioned = (version: string): PositionPack => ({ ...minimalPack(), version });

describe('canonical JSON', () => {
  it('is the same whatever the key order and indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(JSON.stringify(value, null, 2), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(reordered)).toBe(canonicalJson(value));
      }),
    );
  });

  it('sorts keys by code unit and writes no white space', () => {
    expect(canonicalJson({ b: [1, { d: 'ä', c: null }], a: true, Z: 0.5 })).toBe(
      '{"Z":0.5,"a":true,"b":[1,{"c":null,"d":"ä"}]}',
    );
  });
});

describe('pack signatures', () => {
  it('verify a signed pack, also re-indented with keys in another order, and it still validates', async () => {
    const keys = await generateSigningKey();
    const signed = await signPack(versioned('1.0.0'), keys);
    expect(await verifyPack(signed)).toEqual({ status: 'valid', publicKey: keys.publicKey });
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()), null, 4),
    );
    expect((await verifyPack(reordered)).status).toBe('valid');
    expect(parsePack(signed)).toEqual({ ok: true, pack: signed });
  });

  it('refuse a pack changed after signing, by one character anywhere', async () => {
    const signed = await signPack(versioned('1.0.0'), await generateSigningKey());
    const tampered = structuredClone(signed);
    (tampered.positions[0] as PositionPack['positions'][number]).statement.sv += '!';
    expect(await verifyPack(tampered)).toEqual({ status: 'invalid', reason: 'bad-signature' });
    const flipped = structuredClone(signed);
    const bytes = Uint8Array.from(atob(flipped.signature?.value ?? ''), (c) => c.charCodeAt(0));
    bytes[10] = (bytes[10] as number) ^ 1;
    Object.assign(flipped.signature ?? {}, { value: btoa(String.fromCharCode(...bytes)) });
    expect((await verifyPack(flipped)).status).toBe('invalid');
  });

  it('refuse a signature made with another key than the one the pack names', async () => {
    const signed = await signPack(versioned('1.0.0'), await generateSigningKey());
    const other = await generateSigningKey();
    const swapped = {
      ...signed,
      signature: {
        ...(signed.signature as NonNullable<PositionPack['signature']>),
        publicKey: other.publicKey,
      },
    };
    expect(await verifyPack(swapped)).toEqual({ status: 'invalid', reason: 'bad-signature' });
    await expect(
      signPack(versioned('1.0.0'), {
        publicKey: other.publicKey,
        privateKey: (await generateSigningKey()).privateKey,
      }),
    ).rejects.toThrow(/does not match/);
  });

  it('call a signature that is not even base64 invalid rather than throw', async () => {
    const signed = await signPack(versioned('1.0.0'), await generateSigningKey());
    Object.assign(signed.signature ?? {}, { value: '%%%' });
    expect(await verifyPack(signed)).toEqual({ status: 'invalid', reason: 'bad-signature' });
  });

  it('report an unsigned pack as unsigned', async () => {
    expect(await verifyPack(minimalPack())).toEqual({ status: 'unsigned' });
  });

  it('give a readable fingerprint', async () => {
    expect(await keyFingerprint((await generateSigningKey()).publicKey)).toMatch(
      /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/,
    );
  });
});

describe('trust on first use', () => {
  const key = 'K'.repeat(43) + '=';
  const other = 'O'.repeat(43) + '=';
  const valid = (publicKey: string) => ({ status: 'valid', publicKey }) as const;

  it('pins the key of a first signed install, and installs an unsigned pack as unsigned', () => {
    expect(decideTrust({ version: '1.0.0' }, valid(key), undefined)).toEqual({
      ok: true,
      kind: 'new',
      publicKey: key,
    });
    expect(decideTrust({}, { status: 'unsigned' }, undefined)).toEqual({
      ok: true,
      kind: 'new',
      publicKey: undefined,
    });
  });

  it('replaces a signed pack only with a newer version signed by the pinned key', () => {
    const installed = { publicKey: key, version: '1.2.0' };
    expect(decideTrust({ version: '1.3.0' }, valid(key), installed)).toEqual({
      ok: true,
      kind: 'update',
      publicKey: key,
    });
    expect(decideTrust({ version: '1.3.0' }, valid(other), installed)).toEqual({
      ok: false,
      reason: 'other-key',
    });
    expect(decideTrust({ version: '1.3.0' }, { status: 'unsigned' }, installed)).toEqual({
      ok: false,
      reason: 'unsigned-update',
    });
    expect(decideTrust({ version: '1.1.0' }, valid(key), installed)).toEqual({
      ok: false,
      reason: 'not-newer',
    });
    expect(decideTrust({ version: '1.2.0' }, valid(key), installed)).toEqual({
      ok: false,
      reason: 'not-newer',
    });
    expect(
      decideTrust({ version: '9.0.0' }, { status: 'invalid', reason: 'bad-signature' }, installed),
    ).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('lets an unsigned install be updated, and pins the key when the update is signed', () => {
    expect(decideTrust({}, { status: 'unsigned' }, { version: '1.0.0' })).toMatchObject({
      ok: true,
      publicKey: undefined,
    });
    expect(decideTrust({ version: '1.0.1' }, valid(key), {})).toMatchObject({ ok: true, publicKey: key });
  });

  it('orders versions as semver does', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0.0-beta.1', '2.0.0')).toBe(-1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions(undefined, '0.0.1')).toBe(-1);
    expect(compareVersions('1.0.0-rc.10', '1.0.0-rc.9')).toBe(1);
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBe(-1);
    expect(compareVersions('1.0.0-1', '1.0.0-alpha')).toBe(-1);
  });
});
