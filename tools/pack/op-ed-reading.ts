/**
 * An op-ed read paragraph by paragraph the way `draft` presents it: the built-in topics Fackkoll
 * would mark in each (with the built-in lexicon, so the author sees what readers' browsers see),
 * figure candidates, and the likely signature.
 */
import { compileLexicon } from '../../core/match';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { centralTopics, packTopicOrder } from '../../core/relevance/central-topics';
import { type FigureCandidate, findFigureCandidates } from './figure-candidates';
import { guessSignature, type SignatureGuess } from './signature-guess';
import { splitParagraphs } from './source-text';

export interface TopicFinding {
  /** A built-in topic id. */
  topic: string;
  /** The lexicon patterns that matched, as the lexicon writes them. */
  terms: string[];
  /** The words of the paragraph they matched. */
  words: string[];
}

export interface ParagraphReading {
  /** Counted from 1, as packs cite paragraphs. */
  number: number;
  text: string;
  /** Most central first. */
  topics: TopicFinding[];
  figures: FigureCandidate[];
  /** Short and without a full stop: a heading or pull quote may state nothing to cite. */
  looksLikeHeading: boolean;
}

export interface OpEdReading {
  paragraphs: ParagraphReading[];
  signature?: SignatureGuess;
}

export function readOpEd(text: string): OpEdReading {
  // Swedish terms only: what a reader sees before turning English terms on.
  const matcher = compileLexicon(BUNDLED_PACK.lexicon);
  const order = packTopicOrder([BUNDLED_PACK]);
  const texts = splitParagraphs(text);
  const paragraphs = texts.map((paragraph, i): ParagraphReading => {
    const matches = matcher.find(paragraph);
    const topics = centralTopics(matcher.count(paragraph), order).map((topic) => {
      const own = matches.filter((m) => m.topic === topic);
      return {
        topic,
        terms: [...new Set(own.map((m) => m.term))],
        words: [...new Set(own.map((m) => paragraph.slice(m.start, m.end)))],
      };
    });
    return {
      number: i + 1,
      text: paragraph,
      topics,
      figures: findFigureCandidates(paragraph),
      looksLikeHeading: paragraph.split(/\s+/).length <= 12 && !/[.!?:]$/.test(paragraph),
    };
  });
  return { paragraphs, signature: guessSignature(texts) };
}
