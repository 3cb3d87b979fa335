/**
 * Which paragraph of an op-ed is its signature, and who signed: a guess for `draft`, shown to the
 * author to confirm. The source check later verifies every name occurs as written.
 */

export interface SignatureGuess {
  /** Counted from 1. */
  paragraph: number;
  /** The names each line (or each "&"/"och" part) starts with: "Maja Exempelsson". */
  signatories: string[];
  /** Capitalised parts after a name: "Exempelförbundet Bygg" (roles are written in lower case). */
  organisations: string[];
}

/** Two to four capitalised words, initials allowed: "Jessica P Klemetsson", "Anna-Karin Ek". */
const NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:\p{Lu}\.?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)){1,3}$/u;
const MAX_WORDS = 40;

/**
 * The last paragraph, when it is short, ends without a full stop (signatures are lines, not
 * sentences) and starts a line with a name; a text with one paragraph has no signature.
 */
export function guessSignature(paragraphs: readonly string[]): SignatureGuess | undefined {
  const last = paragraphs.at(-1);
  if (paragraphs.length < 2 || !last) return undefined;
  if (last.split(/\s+/).length > MAX_WORDS || /[.!?]$/.test(last)) return undefined;
  const signatories: string[] = [];
  const organisations: string[] = [];
  for (const line of last.split('\n')) {
    for (const person of line.split(/ & | och /)) {
      const [name = '', ...rest] = person.split(',').map((part) => part.trim());
      if (!NAME.test(name)) continue;
      signatories.push(name);
      for (const part of rest)
        if (/^\p{Lu}/u.test(part) && !organisations.includes(part)) organisations.push(part);
    }
  }
  return signatories.length > 0 ? { paragraph: paragraphs.length, signatories, organisations } : undefined;
}
