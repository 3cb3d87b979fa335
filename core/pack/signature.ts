/**
 * Pack signatures: Ed25519 over the canonical JSON of the pack without its `signature` field,
 * with WebCrypto (in every context, in Node for the authoring CLI, and in Chromium 137+ and
 * Firefox 129+). The key travels in the pack; trust comes from pinning it at first install
 * (see trust.ts), not from the pack vouching for itself. Threat model: docs/SECURITY.md.
 */
import { canonicalJson } from './canonical-json';
import type { PositionPack } from './schema';

const ALGORITHM = { name: 'Ed25519' } as const;

export type Verification =
  | { status: 'unsigned' }
  | { status: 'valid'; publicKey: string }
  | { status: 'invalid'; reason: 'bad-signature' | 'bad-key' };

/** What a signature signs: the pack as canonical JSON, its own signature left out. */
export function signedBytes(pack: PositionPack): Uint8Array<ArrayBuffer> {
  const { signature: _, ...unsigned } = pack;
  return new TextEncoder().encode(canonicalJson(unsigned));
}

export async function verifyPack(pack: PositionPack): Promise<Verification> {
  const { signature } = pack;
  if (!signature) return { status: 'unsigned' };
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', fromBase64(signature.publicKey), ALGORITHM, false, ['verify']);
  } catch {
    return { status: 'invalid', reason: 'bad-key' };
  }
  // Any failure, bad base64 in an unparsed pack included, is a signature that does not verify.
  const ok = await Promise.resolve()
    .then(() => crypto.subtle.verify(ALGORITHM, key, fromBase64(signature.value), signedBytes(pack)))
    .catch(() => false);
  return ok
    ? { status: 'valid', publicKey: signature.publicKey }
    : { status: 'invalid', reason: 'bad-signature' };
}

/** A new key pair: the public key raw, the private key PKCS #8, both base64. */
export async function generateSigningKey(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))),
    privateKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))),
  };
}

/** The pack with a signature by `privateKey` (PKCS #8, base64) and its public key. */
export async function signPack(
  pack: PositionPack,
  keys: { publicKey: string; privateKey: string },
): Promise<PositionPack> {
  const key = await crypto.subtle.importKey('pkcs8', fromBase64(keys.privateKey), ALGORITHM, false, ['sign']);
  const unsigned: PositionPack = { ...pack, signature: undefined };
  const value = new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, signedBytes(unsigned)));
  const signed = {
    ...pack,
    signature: { algorithm: 'Ed25519' as const, publicKey: keys.publicKey, value: toBase64(value) },
  };
  // A private key that does not belong to the public key would make a pack no one can verify.
  if ((await verifyPack(signed)).status !== 'valid')
    throw new Error('the private key does not match the public key');
  return signed;
}

/** A short, readable form of a key for people to compare: 8 groups of 4 hex digits of its SHA-256. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(publicKey)));
  const hex = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
