/**
 * Every hostile or broken import the tests know (settings files and position packs) through the
 * text the options page shows, in Swedish and in English, with the real locale files: a headline
 * of one sentence with no parser or valibot wording, at most five details, every error kept in
 * the technical detail, and a headline written out below for a sample of them.
 */
import { describe, expect, it } from 'vitest';
import {
  explainImportErrors,
  type ImportErrorText,
  MAX_DETAILS,
} from '../../../../core/import-errors/explain';
import { classify, type ImportKind } from '../../../../core/import-errors/problems';
import type { LocatedError } from '../../../../core/located-error';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { TRUST_REFUSALS } from '../../../../core/pack/trust';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { say } from '../../../../entrypoints/options/say';
import { parseImport } from '../../../../storage/transfer/parse-import';
import { packNamed } from '../../entrypoints/options/pack-fixtures';
import { useLocale } from '../../entrypoints/popup/support';
import { HOSTILE_CASES, validFile } from '../../storage/transfer/hostile-cases';
import { INTEGRITY_CASES, SHAPE_CASES } from '../pack/bad-packs';
import { minimalPack } from '../pack/minimal-pack';
import { importPackText, PACK_FILE_CASES } from './pack-file-cases';

interface Case {
  name: string;
  kind: ImportKind;
  errors: LocatedError[];
}

/** The state the hostile import tests start from: one pack installed. */
const BEFORE = {
  settings: DEFAULT_SETTINGS,
  packs: [{ pack: packNamed('installerat'), enabled: true, importedAt: '2026-01-01T00:00:00.000Z' }],
};

const settingsErrors = (text: string): LocatedError[] => {
  const result = parseImport(text, BEFORE, BUNDLED_PACK);
  return result.ok ? [] : result.errors;
};

const CASES: Case[] = [
  ...HOSTILE_CASES.map(({ name, text }) => ({
    name,
    kind: 'settings' as const,
    errors: settingsErrors(text),
  })),
  ...PACK_FILE_CASES.map(({ name, text }) => ({ name, kind: 'pack' as const, errors: importPackText(text) })),
  ...[...SHAPE_CASES, ...INTEGRITY_CASES].map(([name, breakIt]) => {
    const pack = minimalPack();
    breakIt(pack);
    return { name: `pack: ${name}`, kind: 'pack' as const, errors: importPackText(JSON.stringify(pack)) };
  }),
];

function explainIn(lang: 'sv' | 'en', { errors, kind }: Pick<Case, 'errors' | 'kind'>): ImportErrorText {
  useLocale(lang);
  return explainImportErrors(errors, kind, say);
}

/** Words that only a parser, valibot or our own English checks would write. */
const RAW = [
  /position \d/i,
  /\bexpected\b/i,
  /\[/,
  /\]/,
  /Invalid|Received|received/,
  /Unexpected|SyntaxError|JSON\.parse|token/i,
  /\bundefined\b|\[object|NaN/,
  /\{\w+\}|\$\d/,
  /not valid JSON|unknown field|missing required/,
];

describe('every hostile import in words', () => {
  it('covers at least the 80 hostile settings files and every broken pack', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.length).toBe(
      HOSTILE_CASES.length + PACK_FILE_CASES.length + SHAPE_CASES.length + INTEGRITY_CASES.length,
    );
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)('$kind: $name is refused with errors the rules recognise', ({ kind, errors }) => {
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      const problem = classify(error, kind);
      expect([problem.code, problem.inner?.code], JSON.stringify(error)).not.toContain('other');
    }
  });

  describe.each(['sv', 'en'] as const)('in %s', (lang) => {
    it.each(CASES)('$kind: $name', (c) => {
      const text = explainIn(lang, c);
      // One sentence: one line, one full stop at its end, no second sentence after it.
      expect(text.headline).toMatch(/^\S[^\n]*\.$/);
      expect(text.headline).not.toMatch(/[.!?]\s+\p{Lu}/u);
      for (const raw of RAW) expect(text.headline).not.toMatch(raw);
      expect(text.details.length).toBeLessThanOrEqual(MAX_DETAILS);
      for (const line of text.details) {
        expect(line).toMatch(/^\S[^\n]*\.$/);
        expect(line).not.toMatch(/\{\w+\}|\$\d|\bundefined\b|\[object/);
        expect(line).not.toMatch(/\w\[\d+\]|^\$/);
      }
      // Nothing is lost: every error is in the technical detail as the checks wrote it.
      expect(text.technical).toHaveLength(c.errors.length);
      for (const error of c.errors) expect(text.technical).toContain(`${error.path}: ${error.message}`);
    });
  });

  it.each(CASES)('$kind: $name says it differently in Swedish and English', (c) => {
    const sv = explainIn('sv', c);
    const en = explainIn('en', c);
    expect(sv.headline).not.toBe(en.headline);
    expect(sv.details).toHaveLength(en.details.length);
    sv.details.forEach((line, i) => {
      expect(line).not.toBe(en.details[i]);
    });
  });
});

/** name → [Swedish, English] headline. */
const HEADLINES: Record<string, [string, string]> = {
  'empty file': ['Filen är tom.', 'The file is empty.'],
  'truncated JSON': [
    'Rad 1: filen tar slut innan allt som öppnats i den har stängts.',
    'Line 1: the file ends before everything opened in it is closed.',
  ],
  'trailing comma': [
    'Rad 1: det står ett kommatecken för mycket före en slutparentes.',
    'Line 1: there is a comma too many before a closing bracket.',
  ],
  'single quotes': [
    'Rad 1: en text står inom enkla citattecken, där JSON kräver dubbla.',
    'Line 1: a text is in single quotes, where JSON needs double quotes.',
  ],
  'a list': [
    'Filen är inte en inställningsfil från Fackkoll: den innehåller bara en lista.',
    'The file is not a Fackkoll settings file: it holds only a list.',
  ],
  'an HTML page': [
    'Filen är en webbsida, inte en inställningsfil från Fackkoll.',
    'The file is a web page, not a Fackkoll settings file.',
  ],
  'empty object': [
    'Filen är inte en inställningsfil från Fackkoll.',
    'This file is not a Fackkoll settings file.',
  ],
  'another format': [
    'Filen är inte en inställningsfil från Fackkoll.',
    'This file is not a Fackkoll settings file.',
  ],
  'newer file version': [
    'Filen kommer från en nyare version av Fackkoll (filversion 2); den här versionen läser version 1.',
    'The file comes from a newer Fackkoll (file version 2); this one reads version 1.',
  ],
  'version as text': [
    'Filens versionsnummer saknas eller är inget heltal.',
    'The file’s version number is missing or not a whole number.',
  ],
  'huge file': [
    'Filen är för stor: 2625 kB, och högst 2624 kB kan läsas.',
    'The file is too large: 2625 KB, where at most 2624 KB can be read.',
  ],
  'unknown top-level field': [
    'Filen har ett fält som Fackkoll inte känner till.',
    'The file has a field Fackkoll does not know.',
  ],
  'colour name': ['Filen har 1 fel som måste rättas.', 'The file has 1 error to correct.'],
  'an empty pack entry': [
    'Filen saknar 3 fält som måste finnas.',
    'The file lacks 3 fields that must be there.',
  ],
  'the same pack twice': [
    'Paketet ”filpaket” finns två gånger i filen.',
    'The pack “filpaket” is in the file twice.',
  ],
  'too many packs': [
    'Filen innehåller 11 paket, men högst 10 kan importeras.',
    'The file holds 11 packs, but at most 10 can be imported.',
  ],
  'pack with too many topics': [
    'Ett paket har 31 ämnen, men ett paket får ha högst 30.',
    'A pack has 31 topics, but a pack may have at most 30.',
  ],
  'settings over the sync budget': [
    'Inställningarna i filen är större än de 7680 byte som synkad lagring rymmer.',
    'The settings in the file are larger than the 7680 bytes synced storage can hold.',
  ],
  'a comma missing on line 3': ['Rad 3: ett kommatecken saknas.', 'Line 3: a comma is missing.'],
  'pack saved as a web page': [
    'Filen är en webbsida, inte ett ståndpunktspaket för Fackkoll.',
    'The file is a web page, not a Fackkoll position pack.',
  ],
  'pack file that is a list': [
    'Filen är inte ett ståndpunktspaket för Fackkoll: den innehåller bara en lista.',
    'The file is not a Fackkoll position pack: it holds only a list.',
  ],
  'a settings file chosen as a pack': [
    'Filen är en inställningsfil och inget ståndpunktspaket: importera den under Exportera och importera.',
    'This file is a settings file, not a position pack: import it under Export and import.',
  ],
  'a pack with six unknown fields and another format': [
    'Filen är inte ett ståndpunktspaket för Fackkoll.',
    'This file is not a Fackkoll position pack.',
  ],
  'a pack of a newer format version': [
    'Paketet är skrivet i en nyare version av formatet (version 2); den här versionen av Fackkoll läser version 1.',
    'The pack is written in a newer format (version 2); this Fackkoll reads version 1.',
  ],
  'a pack with the built-in id': [
    'Paketet har samma id som det inbyggda paketet, ”fackkoll-bundled”.',
    'The pack has the id of the built-in pack, “fackkoll-bundled”.',
  ],
  'a pack with seven broken colours': [
    'Filen har 7 fel som måste rättas.',
    'The file has 7 errors to correct.',
  ],
  'pack: unknown field': [
    'Filen har ett fält som Fackkoll inte känner till.',
    'The file has a field Fackkoll does not know.',
  ],
};

describe('headlines of a sample', () => {
  const sample = CASES.filter((c) => c.name in HEADLINES);

  it('finds every case of the sample', () => {
    expect(sample.map((c) => c.name).sort()).toEqual(Object.keys(HEADLINES).sort());
  });

  it.each(sample)('$name', (c) => {
    const [sv, en] = HEADLINES[c.name] as [string, string];
    expect(explainIn('sv', c).headline).toBe(sv);
    expect(explainIn('en', c).headline).toBe(en);
  });
});

const find = (name: string) => CASES.find((c) => c.name === name) as Case;

describe('details', () => {
  it('name the place in words, in the UI language', () => {
    expect(explainIn('sv', find('pack: upper-case colour')).details).toEqual([
      'Ämne 2, färg: ska vara en färg skriven #rrggbb med små bokstäver, till exempel #ffe066.',
    ]);
    expect(explainIn('en', find('pack: upper-case colour')).details).toEqual([
      'Topic 2, colour: must be a colour written #rrggbb in lower case, such as #ffe066.',
    ]);
    expect(explainIn('sv', find('unknown mode')).details).toEqual([
      'När Fackkoll ska markera: ska vara ”auto” eller ”on-demand”, inte ”sometimes”.',
    ]);
    expect(explainIn('sv', find('HTML as a host')).details).toEqual([
      'Webbplatser som alltid ska markeras, webbplats 1: ska vara en webbplatsadress som exempel.se.',
    ]);
    expect(explainIn('sv', find('a catastrophic regex')).details).toEqual([
      'Paket 1, ordlista 1, svenska, nr 1: sökordet ”(a+)+b” går inte att använda: ”(” är inte tillåtet, eftersom sökord är vanliga ord och inte reguljära uttryck.',
    ]);
  });

  it('say when a problem comes from the file together with the current settings', () => {
    const errors = [
      { path: 'settings.neverSites', message: 'together with your current settings: at most 50 sites' },
    ];
    expect(explainIn('sv', { errors, kind: 'settings' }).details).toEqual([
      'Webbplatser som aldrig ska markeras: får ha högst 50 (tillsammans med dina nuvarande inställningar).',
    ]);
  });

  it('say why a signed pack may not replace the installed one', () => {
    const errors = Object.values(TRUST_REFUSALS).map((message) => ({
      path: 'packs[0].pack.signature',
      message,
    }));
    for (const error of errors) expect(classify(error, 'settings').code).not.toBe('other');
    expect(explainIn('sv', { errors: errors.slice(0, 1), kind: 'settings' }).details).toEqual([
      'Paket 1, signatur: paketet har ändrats efter att det signerades.',
    ]);
    expect(explainIn('en', { errors: errors.slice(1, 2), kind: 'settings' }).details).toEqual([
      'Pack 1, signature: the installed pack is signed with another key, so this one may come from someone else.',
    ]);
  });

  it('say where broken JSON breaks and what to do', () => {
    expect(explainIn('sv', find('a comma missing on line 3')).details).toEqual([
      'Felet finns på rad 3, vid tecken 21.',
      'Be den som gav ut paketet om en ny fil, eller rätta den här i en textredigerare.',
    ]);
  });

  it('stop at five and count the rest', () => {
    const text = explainIn('sv', find('a pack with seven broken colours'));
    expect(text.details).toHaveLength(5);
    expect(text.more).toBe(2);
    expect(text.technical).toHaveLength(7);
  });

  it('leave out what the headline already says', () => {
    expect(explainIn('en', find('too many packs')).details).toEqual([]);
    expect(explainIn('en', find('the same pack twice')).details).toEqual([
      'Pack 1, topic 1, id: the topic “filpaket-topic-0” already comes from the pack “filpaket”.',
      'Pack 1, topic 2, id: the topic “filpaket-topic-1” already comes from the pack “filpaket”.',
    ]);
  });
});

describe('a pack for a newer Fackkoll', () => {
  it('says which version it needs and which one the reader has', () => {
    const errors: LocatedError[] = [
      { path: 'minExtensionVersion', message: 'needs Fackkoll 2.3.0 or newer (this is 0.1.0)' },
    ];
    expect(explainIn('sv', { errors, kind: 'pack' }).headline).toBe(
      'Paketet kräver Fackkoll 2.3.0 eller nyare; du har version 0.1.0.',
    );
    expect(explainIn('en', { errors, kind: 'pack' }).headline).toBe(
      'The pack needs Fackkoll 2.3.0 or newer; you have version 0.1.0.',
    );
  });
});

describe('the most basic problem comes first', () => {
  it('says "not a settings file" before six unknown fields', () => {
    const file = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, format: 'annat', version: 1, settings: {}, packs: [] };
    const errors = settingsErrors(JSON.stringify(file));
    expect(errors.map((e) => e.path).slice(0, 7)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'format']);
    const text = explainIn('sv', { errors, kind: 'settings' });
    expect(text.headline).toBe('Filen är inte en inställningsfil från Fackkoll.');
    expect(text.technical[0]).toMatch(/^format: /);
  });

  it('orders JSON, object, kind, version, fields whatever order the errors come in', () => {
    const errors: LocatedError[] = [
      { path: 'settings.mode', message: 'expected ("auto" | "on-demand"), got "x"' },
      { path: 'version', message: 'file version 3 comes from a newer Fackkoll; this one reads version 1' },
      { path: 'format', message: 'must be "fackkoll-settings": this is not a Fackkoll settings file' },
      { path: '$', message: 'must be a JSON object (a Fackkoll settings file), got Array' },
      { path: '$', message: 'not valid JSON: a comma is missing at line 4, column 2' },
    ];
    const headlines: string[] = [];
    for (let n = errors.length; n > 0; n--)
      headlines.push(explainIn('en', { errors: errors.slice(0, n), kind: 'settings' }).headline);
    expect(headlines).toEqual([
      'Line 4: a comma is missing.',
      'The file is not a Fackkoll settings file: it holds only a list.',
      'This file is not a Fackkoll settings file.',
      'The file comes from a newer Fackkoll (file version 3); this one reads version 1.',
      'The file has 1 error to correct.',
    ]);
  });

  it('tells a pack chosen as a settings file where it goes', () => {
    const errors = settingsErrors(JSON.stringify(minimalPack()));
    expect(explainIn('sv', { errors, kind: 'settings' }).headline).toBe(
      'Filen är ett ståndpunktspaket och ingen inställningsfil: importera den under Ståndpunktspaket.',
    );
  });

  it('accepts the file the hostile cases start from', () => {
    expect(parseImport(JSON.stringify(validFile()), BEFORE, BUNDLED_PACK).ok).toBe(true);
  });
});
