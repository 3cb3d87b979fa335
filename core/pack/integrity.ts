/**
 * Rules that span objects in a pack, which the valibot shape cannot express: unique ids,
 * references that resolve, paragraphs that exist, topics that have something to show.
 */
import type { LocatedError } from '../located-error';
import { nonClaimParagraphs } from './non-claims';
import { isCalendarDate, type PositionPack, type Source, type SourceRef, UNKNOWN } from './schema';

type Errors = LocatedError[];

function checkUnique(items: readonly { id: string }[], kind: string, errors: Errors): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
    } else {
      errors.push({
        path: `${kind}[${index}].id`,
        message: `duplicate id "${item.id}" (also ${kind}[${first}])`,
      });
    }
  });
}

function checkTopicIds(
  ids: readonly string[],
  topics: ReadonlySet<string>,
  path: string,
  errors: Errors,
): void {
  ids.forEach((id, index) => {
    if (!topics.has(id)) {
      errors.push({ path: `${path}[${index}]`, message: `unknown topic "${id}"` });
    } else if (ids.indexOf(id) !== index) {
      errors.push({ path: `${path}[${index}]`, message: `topic "${id}" listed twice` });
    }
  });
}

function checkRef(ref: SourceRef, path: string, sources: ReadonlyMap<string, Source>, errors: Errors): void {
  const source = sources.get(ref.source);
  if (!source) {
    errors.push({ path: `${path}.source`, message: `unknown source "${ref.source}"` });
    return;
  }
  if (ref.paragraph > source.paragraphCount) {
    errors.push({
      path: `${path}.paragraph`,
      message: `paragraph ${ref.paragraph} does not exist: source "${source.id}" has ${source.paragraphCount}`,
    });
    return;
  }
  const reason = nonClaimParagraphs(source).get(ref.paragraph);
  if (reason !== undefined) {
    errors.push({
      path: `${path}.paragraph`,
      message: `paragraph ${ref.paragraph} of "${source.id}" makes no claim (${reason}) and cannot be cited`,
    });
  }
}

function checkSourceParagraphs(source: Source, index: number, errors: Errors): void {
  const outOfRange = (paragraph: number, path: string) => {
    if (paragraph > source.paragraphCount) {
      errors.push({
        path,
        message: `paragraph ${paragraph} is past the last one (${source.paragraphCount})`,
      });
    }
  };
  if (source.signatureParagraph !== undefined) {
    outOfRange(source.signatureParagraph, `sources[${index}].signatureParagraph`);
  }
  source.nonClaims?.forEach((nonClaim, i) => {
    outOfRange(nonClaim.paragraph, `sources[${index}].nonClaims[${i}].paragraph`);
  });
}

/** Written where "unknown" used to be: the card would show it as if it were the fact. */
const SAYS_UNKNOWN = /^(?:unknown|okänd|okänt|n\/a|-)$/i;

/** Facts a citation shows as they are: a day that exists, and no placeholder for a missing fact. */
function checkSourceFacts(source: Source, index: number, errors: Errors): void {
  if (source.date !== undefined && source.date !== UNKNOWN && !isCalendarDate(source.date))
    errors.push({ path: `sources[${index}].date`, message: `${source.date} is not a day that exists` });
  for (const field of ['outlet', 'headline'] as const) {
    if (SAYS_UNKNOWN.test(source[field] ?? ''))
      errors.push({
        path: `sources[${index}].${field}`,
        message: 'leave the field out when it is not known',
      });
  }
}

/** Dates a pack states about itself: each a day that exists; the changelog leads with this version. */
function checkProvenance(pack: PositionPack, errors: Errors): void {
  const day = (date: string | undefined, path: string) => {
    if (date !== undefined && !isCalendarDate(date))
      errors.push({ path, message: `${date} is not a day that exists` });
  };
  day(pack.date, 'date');
  pack.changelog?.forEach((change, i) => {
    day(change.date, `changelog[${i}].date`);
  });
  pack.positions.forEach((position, i) => {
    day(position.written, `positions[${i}].written`);
    day(position.reviewBy, `positions[${i}].reviewBy`);
    if (position.written && position.reviewBy && position.reviewBy < position.written)
      errors.push({
        path: `positions[${i}].reviewBy`,
        message: 'is before the day the position was written',
      });
  });
  const latest = pack.changelog?.[0];
  if (latest && pack.version !== undefined && latest.version !== pack.version)
    errors.push({
      path: 'changelog[0].version',
      message: `the newest entry must describe this version (${pack.version}), not ${latest.version}`,
    });
}

export function findIntegrityErrors(pack: PositionPack): LocatedError[] {
  const errors: Errors = [];
  checkProvenance(pack, errors);
  checkUnique(pack.sources, 'sources', errors);
  checkUnique(pack.topics, 'topics', errors);
  checkUnique(pack.positions, 'positions', errors);
  checkUnique(pack.figures, 'figures', errors);

  const topicIds = new Set(pack.topics.map((topic) => topic.id));
  const sources = new Map(pack.sources.map((source) => [source.id, source]));

  pack.sources.forEach((source, i) => {
    checkSourceParagraphs(source, i, errors);
    checkSourceFacts(source, i, errors);
    const figureCount = pack.figures.filter((figure) => figure.ref.source === source.id).length;
    if (source.hasFigures && figureCount === 0) {
      errors.push({
        path: `sources[${i}].hasFigures`,
        message: `source "${source.id}" says it has figures but none cite it`,
      });
    }
  });

  pack.topics.forEach((topic, i) => {
    checkTopicIds(topic.related, topicIds, `topics[${i}].related`, errors);
    if (topic.related.includes(topic.id)) {
      errors.push({ path: `topics[${i}].related`, message: `topic "${topic.id}" lists itself as related` });
    }
    if (!pack.positions.some((position) => position.topic === topic.id)) {
      errors.push({
        path: `topics[${i}]`,
        message: `topic "${topic.id}" has no position; every topic needs one`,
      });
    }
  });

  pack.positions.forEach((position, i) => {
    if (!topicIds.has(position.topic)) {
      errors.push({ path: `positions[${i}].topic`, message: `unknown topic "${position.topic}"` });
    }
    position.refs.forEach((ref, j) => {
      checkRef(ref, `positions[${i}].refs[${j}]`, sources, errors);
    });
    if (position.quote !== undefined && pack.publisherOwnsText !== true) {
      errors.push({
        path: `positions[${i}].quote`,
        message:
          'only a pack whose publisher owns the text of its sources may quote it (publisherOwnsText: true)',
      });
    }
    // Context paragraphs lean on a neighbour; at least one paragraph must state the topic itself.
    if (position.refs.length > 0 && position.refs.every((ref) => ref.role === 'context')) {
      errors.push({
        path: `positions[${i}].refs`,
        message: `position "${position.id}" has only context references; at least one must be primary`,
      });
    }
  });

  pack.figures.forEach((figure, i) => {
    checkTopicIds(figure.topics, topicIds, `figures[${i}].topics`, errors);
    checkRef(figure.ref, `figures[${i}].ref`, sources, errors);
    if (sources.get(figure.ref.source)?.hasFigures === false) {
      errors.push({
        path: `figures[${i}].ref.source`,
        message: `source "${figure.ref.source}" is marked hasFigures: false but this figure cites it`,
      });
    }
    checkFigureLinks(pack, i, errors);
  });

  pack.lexicon.forEach((entry, i) => {
    if (!topicIds.has(entry.topic)) {
      errors.push({ path: `lexicon[${i}].topic`, message: `unknown topic "${entry.topic}"` });
    } else if (pack.lexicon.findIndex((other) => other.topic === entry.topic) !== i) {
      errors.push({
        path: `lexicon[${i}].topic`,
        message: `second lexicon entry for topic "${entry.topic}"`,
      });
    }
  });

  return errors;
}

/**
 * A figure's positions exist, and a part is of a figure of its own place, time and unit, and no
 * larger: the card draws it inside the whole's bar, which would be false otherwise.
 */
function checkFigureLinks(pack: PositionPack, i: number, errors: Errors): void {
  const figure = pack.figures[i] as PositionPack['figures'][number];
  const positionIds = new Set(pack.positions.map((p) => p.id));
  figure.positions?.forEach((id, j) => {
    if (!positionIds.has(id))
      errors.push({ path: `figures[${i}].positions[${j}]`, message: `unknown position "${id}"` });
  });
  if (figure.partOf === undefined) return;
  const path = `figures[${i}].partOf`;
  const whole = pack.figures.find((f) => f.id === figure.partOf);
  if (!whole || whole === figure) {
    errors.push({ path, message: `"${figure.partOf}" is not another figure of this pack` });
  } else if (whole.unit !== figure.unit || whole.where.sv !== figure.where.sv) {
    errors.push({ path, message: `a part must have the same unit and place as "${whole.id}"` });
  } else if (whole.when?.sv !== figure.when?.sv) {
    errors.push({ path, message: `a part must describe the same time ("when") as "${whole.id}"` });
  } else if (whole.value < figure.value) {
    errors.push({ path, message: `a part cannot be larger than "${whole.id}"` });
  } else if (whole.partOf !== undefined) {
    errors.push({ path, message: `"${whole.id}" is itself a part: point to the whole` });
  }
}
