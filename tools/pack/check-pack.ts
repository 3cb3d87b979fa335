/**
 * What `npm run pack -- check` checks, given the parsed pack.json and the texts of its folder:
 * the extension's own import check first (what a reader's browser will run), then what only the
 * author can check (TODO left, topics no word marks, the texts, the signature).
 */

import type { LocatedError } from '../../core/located-error';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { checkPackForImport } from '../../core/pack/check-import';
import type { PositionPack } from '../../core/pack/schema';
import { keyFingerprint, verifyPack } from '../../core/pack/signature';
import { parsePack } from '../../core/pack/validate';
import { lexiconNotes, unmarkedParagraphNotes, unmarkedTopicErrors } from './lexicon-coverage';
import { checkSources } from './source-check';
import { findTodos } from './todo';

export interface PackReport {
  problems: LocatedError[];
  /** Worth knowing, not wrong: they do not fail the check. */
  notes: LocatedError[];
  /** The pack, when its shape and references are valid (parsePack), so the texts were compared. */
  pack?: PositionPack;
  summary?: string;
}

/** `readText` gives a source file's text by its bare name, or undefined when there is none. */
export async function checkPack(
  raw: unknown,
  readText: (file: string) => string | undefined,
): Promise<PackReport> {
  const problems = findTodos(raw);
  // The import check with no other packs installed: the reader's first import.
  const imported = checkPackForImport(raw, BUNDLED_PACK, []);
  if (!imported.ok) problems.push(...imported.errors);
  // The texts are compared only on a pack whose references resolve; lexicon errors do not stop it.
  const parsed = parsePack(raw);
  if (!parsed.ok) return { problems, notes: [] };
  const pack = parsed.pack;
  problems.push(...unmarkedTopicErrors(pack));
  const texts = new Map<string, string>();
  for (const { file } of pack.sources) {
    const text = readText(file);
    if (text !== undefined) texts.set(file, text);
  }
  const sources = checkSources(pack, texts);
  problems.push(...sources.problems.map((problem) => locateSourceProblem(problem, pack)));
  const verification = await verifyPack(pack);
  if (verification.status === 'invalid') problems.push(signatureError(verification.reason));
  const { summary: s } = sources;
  const signed =
    verification.status === 'valid'
      ? `signed, key ${await keyFingerprint(verification.publicKey)}`
      : 'unsigned';
  const summary =
    `${pack.id} ${pack.version ?? '(no version)'}: ${count(s.sources, 'source')} ` +
    `(${count(s.paragraphs, 'paragraph')}, ${count(s.nonClaims, 'non-claim')}), ` +
    `${count(pack.topics.length, 'topic')}, ${count(s.positions, 'position')}, ` +
    `${count(s.figures, 'figure')}; ${signed}`;
  return { problems, notes: [...lexiconNotes(pack), ...unmarkedParagraphNotes(pack, texts)], pack, summary };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function signatureError(reason: 'bad-signature' | 'bad-key'): LocatedError {
  return reason === 'bad-key'
    ? { path: 'signature.publicKey', message: 'is not an Ed25519 public key' }
    : {
        path: 'signature',
        message:
          'does not match the pack: it was changed after signing (sign it again: npm run pack -- sign DIR --key KEYFILE)',
      };
}

/** The source check names what it means ('position "x"'); give each line the pack path too. */
function locateSourceProblem(problem: string, pack: PositionPack): LocatedError {
  const subject = /^(source|position|figure) "([^"]+)"/.exec(problem);
  const lists = { source: pack.sources, position: pack.positions, figure: pack.figures };
  const kind = subject?.[1] as keyof typeof lists | undefined;
  const index = kind ? lists[kind].findIndex((item) => item.id === subject?.[2]) : -1;
  return { path: kind && index >= 0 ? `${kind}s[${index}]` : 'texts', message: problem };
}
