import type { Source } from './schema';

/**
 * Paragraphs of a source that state nothing a position could cite, with the reason: the
 * signature plus any `nonClaims` the pack declares. Positions may not cite them, and the
 * source check does not ask for positions about them.
 */
export function nonClaimParagraphs(source: Source): Map<number, string> {
  const map = new Map<number, string>();
  for (const nonClaim of source.nonClaims ?? []) map.set(nonClaim.paragraph, nonClaim.reason);
  if (source.signatureParagraph !== undefined) map.set(source.signatureParagraph, 'signature');
  return map;
}
