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
  return preA < preB ? -1 : 1;
}
