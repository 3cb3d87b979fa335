/**
 * Whether an imported pack may be installed beside or over what is installed, from its
 * signature check: the first signed install of a pack id pins its key (trust on first use, as
 * SSH does), and from then on only a newer version signed by that key replaces it. Pure.
 */
import type { Verification } from './signature';

export interface Installed {
  /** The pinned key, when the installed pack was signed. */
  publicKey?: string;
  version?: string;
}

export type TrustDecision =
  | { ok: true; kind: 'new' | 'update'; publicKey: string | undefined }
  | { ok: false; reason: TrustRefusal };

export type TrustRefusal =
  /** The signature does not match the pack: changed after signing, or broken. */
  | 'tampered'
  /** An update signed by a key other than the one pinned at first install. */
  | 'other-key'
  /** An unsigned update of a pack installed signed. */
  | 'unsigned-update'
  /** A signed update that is not newer than what is installed (a replayed old version). */
  | 'not-newer';

/** Each refusal in a sentence, for logs and for paths in an import's error list. */
export const TRUST_REFUSALS: Record<TrustRefusal, string> = {
  tampered: 'the signature does not match the pack: it was changed after it was signed',
  'other-key': 'the installed pack is signed with another key',
  'unsigned-update': 'the installed pack is signed and this one is not',
  'not-newer': 'it is not newer than the installed version',
};

export function decideTrust(
  incoming: { version?: string },
  verification: Verification,
  installed: Installed | undefined,
): TrustDecision {
  if (verification.status === 'invalid') return { ok: false, reason: 'tampered' };
  const publicKey = verification.status === 'valid' ? verification.publicKey : undefined;
  if (!installed) return { ok: true, kind: 'new', publicKey };
  if (installed.publicKey === undefined) return { ok: true, kind: 'update', publicKey };
  if (publicKey === undefined) return { ok: false, reason: 'unsigned-update' };
  if (publicKey !== installed.publicKey) return { ok: false, reason: 'other-key' };
  if (compareVersions(incoming.version, installed.version) <= 0) return { ok: false, reason: 'not-newer' };
  return { ok: true, kind: 'update', publicKey };
}

/** Semver order of MAJOR.MINOR.PATCH (a pre-release sorts before its release); none is oldest. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const [coreA = '', preA] = a.split(/-(.*)/s);
  const [coreB = '', preB] = b.split(/-(.*)/s);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return comparePrerelease(preA, preB);
}

/** Semver §11: dot-separated identifiers, numeric ones compared as numbers and before text. */
function comparePrerelease(a: string, b: string): number {
  const idsA = a.split('.');
  const idsB = b.split('.');
  for (let i = 0; i < Math.max(idsA.length, idsB.length); i++) {
    const x = idsA[i];
    const y = idsB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const numX = /^\d+$/.test(x);
    const numY = /^\d+$/.test(y);
    if (numX && numY && Number(x) !== Number(y)) return Math.sign(Number(x) - Number(y));
    if (numX !== numY) return numX ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
