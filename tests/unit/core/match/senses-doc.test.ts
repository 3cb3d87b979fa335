/** The examples in docs/lexicon-syntax.md ("Senses") do what the doc says they do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';

const doc = readFileSync(new URL('../../../../docs/lexicon-syntax.md', import.meta.url), 'utf8');
const section = doc.slice(doc.indexOf('## Senses'), doc.indexOf('## Which term wins'));
const rows = [...section.matchAll(/^\| `([^`]+)` \| "([^"]+)" \| "([^"]+)" \|$/gm)].map(
  ([, term, yes, no]) => ({
    term: term ?? '',
    yes: yes ?? '',
    no: no ?? '',
  }),
);

describe('docs/lexicon-syntax.md senses examples', () => {
  it('has examples', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it.each(rows)('$term', ({ term, yes, no }) => {
    const matcher = compileLexicon([{ topic: 't', sv: [term], en: [], exclude: [] }]);
    expect(matcher.find(yes)).toHaveLength(1);
    expect(matcher.find(no)).toEqual([]);
  });
});

describe('docs/lexicon-syntax.md topic scope', () => {
  const scope = doc.slice(doc.indexOf('## What each topic covers'), doc.indexOf('## Which term wins'));
  const documented = [...scope.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map(([, id, fires]) => ({
    id,
    fires: (fires ?? '').trim(),
  }));

  it('has one line per topic of the bundled lexicon, in its order, each saying what fires', async () => {
    const { BUNDLED_LEXICON } = await import('./lexicon-fixture.ts');
    expect(documented.map((d) => d.id)).toEqual(BUNDLED_LEXICON.map((e) => e.topic));
    for (const d of documented) expect(d.fires.length, d.id).toBeGreaterThan(10);
  });
});
