/**
 * DRAFT.md: what `draft` read in the op-ed, paragraph by paragraph, beside the pack it wrote, so
 * the author fills pack.json with the text in view. For people only; Fackkoll never reads it.
 */
import { BUNDLED_PACK } from '../../core/pack/bundled';
import type { PositionPack } from '../../core/pack/schema';
import type { OpEdReading, ParagraphReading } from './op-ed-reading';

const builtInName = (id: string) => BUNDLED_PACK.topics.find((t) => t.id === id)?.name.sv ?? id;
const code = (text: string) => `\`${text}\``;
const quoted = (text: string) => text.split('\n').map((line) => `> ${line}`);

export function draftNotes(reading: OpEdReading, pack: PositionPack, dir: string): string {
  const source = pack.sources[0];
  const lines = [
    `# Draft of ${code(pack.id)} from ${code(source?.file ?? '')}`,
    '',
    'Written by `npm run pack -- draft`. pack.json already has the paragraph count, one position per',
    'paragraph that makes a claim (its reference filled in), the figures the text gives and the',
    'signature. What only you can write is marked TODO:',
    '',
    '1. Each position: a statement in your own words, Swedish and English, faithful to its paragraph',
    '   (never eight words in a row from the text). Make its cues name the specific issue (pairs',
    '   such as `skyddsombud* + stoppa*`); the suggested ones are only the topic words found.',
    '2. Topics: a name, a description and Swedish lexicon terms of your own. The built-in pack is',
    '   read first, so a term it already has marks its topic, not yours: `check` notes such terms,',
    '   and each cited paragraph where no term of yours marks the topic.',
    '   Move positions between topics, merge topics, or split them as the text needs.',
    '3. Figures: what each counts and where; delete a candidate that is no figure.',
    "4. The pack's name, the publisher, the source's title and, when you know them, its `headline`,",
    '   `outlet`, `date` and `url` (leave out what you do not know).',
    `5. Run ${code(`npm run pack -- check ${dir}`)} until it prints ok, then sign (docs/authoring-packs.md).`,
    '',
    '## Topics',
    '',
    ...pack.topics.map((topic) => topicNote(topic.id, reading, pack)),
    '',
    '## Paragraphs',
    ...reading.paragraphs.flatMap((p) => paragraphNotes(p, reading, pack)),
  ];
  return `${lines.join('\n')}\n`;
}

function topicNote(id: string, reading: OpEdReading, pack: PositionPack): string {
  const paragraphs = pack.positions.filter((x) => x.topic === id).map((x) => x.refs[0]?.paragraph ?? 0);
  const builtIn = reading.paragraphs[(paragraphs[0] ?? 0) - 1]?.topics[0]?.topic;
  const from = builtIn
    ? `from the built-in topic ${code(builtIn)} (${builtInName(builtIn)})`
    : 'a placeholder for paragraphs with no built-in topic: move their positions, or make it a real topic';
  return `- ${code(id)}: ${from}; paragraph${paragraphs.length === 1 ? '' : 's'} ${paragraphs.join(', ')}`;
}

function paragraphNotes(p: ParagraphReading, reading: OpEdReading, pack: PositionPack): string[] {
  const lines = ['', `### ${p.number}`, '', ...quoted(p.text), ''];
  if (p.number === reading.signature?.paragraph) {
    const { signatories, organisations } = reading.signature;
    lines.push(
      `- Likely the signature (${code('signatureParagraph')}: ${p.number}): signed by ${signatories.join(', ')}` +
        (organisations.length ? `; organisations: ${organisations.join(', ')}` : '') +
        '. Check them: they must be written exactly as here. No position cites it.',
    );
    return lines;
  }
  lines.push(
    p.topics.length
      ? `- Built-in topics: ${p.topics.map((t) => `${code(t.topic)} (${t.words.join(', ')})`).join('; ')}`
      : '- Built-in topics: none found',
  );
  for (const figure of pack.figures.filter((f) => f.ref.paragraph === p.number)) {
    const candidate = p.figures.find((c) => c.value === figure.value && c.unit === figure.unit);
    lines.push(
      `- Figure ${code(figure.id)}: "${candidate?.text}" = ${figure.value} ${figure.unit}, ${figure.qualifier}`,
    );
  }
  const position = pack.positions.find((x) => x.refs[0]?.paragraph === p.number);
  if (position) {
    const cues = position.cues?.sv.length ? position.cues.sv.map(code).join(', ') : 'none found: write one';
    lines.push(
      `- Position to write: ${code(position.id)} under ${code(position.topic)}; cues suggested: ${cues}`,
    );
  }
  if (p.looksLikeHeading)
    lines.push(
      "- Short and without a full stop: if it states nothing, delete its position and list it in the source's `nonClaims`.",
    );
  return lines;
}
