/**
 * Checks a pack against the op-ed texts it cites: the traceability promise of the data.
 * Texts come in as strings keyed by file name, so this is tested on small inline texts and
 * tools/check-sources.ts only has to read files.
 */
import { nonClaimParagraphs } from '../../core/pack/non-claims';
import type { Position, PositionPack, Source } from '../../core/pack/schema';
import { indexCues, rankPositions } from '../../core/relevance/rank';
import { findCopiedRun, paragraphStatesFigure, splitParagraphs } from './source-text';

/** Statements must not share this many consecutive words with any op-ed. */
export const COPY_LIMIT = 8;

export interface SourceCheckResult {
  problems: string[];
  summary: { sources: number; paragraphs: number; nonClaims: number; positions: number; figures: number };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');
const preview = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

function checkAuthorship(source: Source, text: string, paragraphs: string[], problems: string[]): void {
  for (const name of [...source.organisations, ...source.signatories]) {
    if (!squash(text).includes(squash(name))) {
      problems.push(`source "${source.id}": "${name}" does not occur verbatim in ${source.file}`);
    }
  }
  const signature = source.signatureParagraph && paragraphs[source.signatureParagraph - 1];
  for (const name of signature ? source.signatories : []) {
    if (!squash(signature as string).includes(squash(name))) {
      problems.push(
        `source "${source.id}": signatory "${name}" is not in paragraph ${source.signatureParagraph}`,
      );
    }
  }
}

export function checkSources(pack: PositionPack, texts: ReadonlyMap<string, string>): SourceCheckResult {
  const problems: string[] = [];
  const paragraphsBySource = new Map<string, string[]>();
  let nonClaims = 0;

  for (const source of pack.sources) {
    const text = texts.get(source.file);
    if (text === undefined) {
      problems.push(`source "${source.id}": file ${source.file} not found`);
      continue;
    }
    const paragraphs = splitParagraphs(text);
    paragraphsBySource.set(source.id, paragraphs);
    if (paragraphs.length !== source.paragraphCount) {
      problems.push(
        `source "${source.id}": ${source.file} has ${paragraphs.length} paragraphs, the pack says ${source.paragraphCount}`,
      );
    }
    checkAuthorship(source, text, paragraphs, problems);
  }

  const paragraphAt = (sourceId: string, paragraph: number, where: string): string | undefined => {
    const paragraphs = paragraphsBySource.get(sourceId);
    if (!paragraphs) return undefined; // missing file or unknown source: reported elsewhere
    const text = paragraphs[paragraph - 1];
    if (text === undefined) problems.push(`${where}: "${sourceId}" has no paragraph ${paragraph}`);
    return text;
  };

  const cited = new Set<string>();
  for (const position of pack.positions) {
    const citedText: string[] = [];
    for (const ref of position.refs) {
      const text = paragraphAt(ref.source, ref.paragraph, `position "${position.id}"`);
      cited.add(`${ref.source}#${ref.paragraph}`);
      if (text !== undefined) citedText.push(text);
    }
    const cues = position.cues?.sv ?? [];
    if (cues.length > 0 && citedText.length > 0 && !cuesMatch(position, citedText.join('\n\n'))) {
      problems.push(
        `position "${position.id}": none of its Swedish cues occurs in the paragraphs it cites, so it would not be found for its own source`,
      );
    }
    // A quote is shown in quotation marks as the op-ed's words: it must be them, exactly.
    const primary = position.refs.find((ref) => ref.role !== 'context');
    const quoted = primary && paragraphsBySource.get(primary.source)?.[primary.paragraph - 1];
    if (
      position.quote !== undefined &&
      quoted !== undefined &&
      !squashed(quoted).includes(squashed(position.quote))
    ) {
      problems.push(
        `position "${position.id}": its quote is not word for word in "${primary?.source}" paragraph ${primary?.paragraph}`,
      );
    }
    for (const lang of ['sv', 'en'] as const) {
      for (const [sourceId, paragraphs] of paragraphsBySource) {
        paragraphs.forEach((paragraph, i) => {
          const run = findCopiedRun(position.statement[lang], paragraph, COPY_LIMIT);
          if (run) {
            problems.push(
              `position "${position.id}" statement.${lang} copies ${COPY_LIMIT}+ words from "${sourceId}" paragraph ${i + 1}: "${run}"`,
            );
          }
        });
      }
    }
  }

  for (const figure of pack.figures) {
    const source = pack.sources.find((s) => s.id === figure.ref.source);
    const paragraph = paragraphAt(figure.ref.source, figure.ref.paragraph, `figure "${figure.id}"`);
    if (source && paragraph !== undefined && !paragraphStatesFigure(paragraph, figure, source.language)) {
      problems.push(
        `figure "${figure.id}": paragraph ${figure.ref.paragraph} of "${source.id}" does not state ${figure.qualifier} ${figure.value} (${figure.unit})`,
      );
    }
  }

  for (const source of pack.sources) {
    const skip = nonClaimParagraphs(source);
    nonClaims += skip.size;
    paragraphsBySource.get(source.id)?.forEach((paragraph, i) => {
      if (!skip.has(i + 1) && !cited.has(`${source.id}#${i + 1}`)) {
        problems.push(
          `source "${source.id}" paragraph ${i + 1} makes a claim no position cites: "${preview(paragraph)}"`,
        );
      }
    });
  }

  const paragraphs = [...paragraphsBySource.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    problems,
    summary: {
      sources: pack.sources.length,
      paragraphs,
      nonClaims,
      positions: pack.positions.length,
      figures: pack.figures.length,
    },
  };
}

/** Text compared for quoting: runs of whitespace (line breaks in the file) count as one space. */
const squashed = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Whether one of the position's Swedish cues is there in full, read as the card reads a passage. */
function cuesMatch(position: Position, text: string): boolean {
  const alone = { positions: [{ ...position, cues: { sv: position.cues?.sv ?? [], en: [] } }] };
  return rankPositions(indexCues([alone]), text, [position.topic]).length > 0;
}
