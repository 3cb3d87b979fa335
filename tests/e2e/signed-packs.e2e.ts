/**
 * Signed position packs from the authoring CLI to the reader's browser, in Chromium and Firefox.
 * The CLI's own code (draft, fill, check, keygen, sign, as docs/authoring-packs.md walks it) makes
 * a signed pack in a temp folder; the options page imports it and names the key the CLI printed.
 * A newer version signed with that key is previewed (what changes, the changelog) and replaces the
 * pack only once confirmed, and the card then shows the new statement. A tampered update, one
 * signed with another key, an unsigned one, a replay of the old version and the installed version
 * again are each refused with their own message, the stored pack left as it was. A position past its review date says so on
 * the card and in the popup, whose pack list calls the pack signed by its publisher. axe passes
 * on the options page with the update preview open, and on the popup.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PositionPack } from '../../core/pack/schema';
import { keyFingerprint, verifyPack } from '../../core/pack/signature';
import { FILLED, fillDraft } from '../unit/tools/pack-cli/fill-draft';
import {
  editPack,
  OP_ED,
  type PackJson,
  pack,
  type Run,
  readJson,
  tempFolder,
} from '../unit/tools/pack-cli/run';
import { runAxe } from './harness/axe';
import { chooseFile, inExtensionPage } from './harness/extension-api';
import { type Session, waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

const PACK_ID = 'byggnads-pack';
const TOPIC = 'byggnads-pack-work-environment';
/** Cued by "riskera* livet": the position the update rewrites. */
const CHANGED = 'byggnads-op-ed-7';
/** Cued by "arbetsolyck*": the position whose review date has passed. */
const OUTDATED = 'byggnads-op-ed-2';
const REVIEW_BY = '2024-03-12';
const REVIEW_BY_WRITTEN = { sv: '12 mars 2024', en: '12 March 2024' } as const;

const NAME = FILLED.pack.name as { sv: string; en: string };
const PUBLISHER = FILLED.pack.publisher.name as string;
const OLD_STATEMENT = FILLED.positions[CHANGED].statement as { sv: string; en: string };
const NEW_STATEMENT = {
  sv: 'Politiker och beställare bär ett eget ansvar för att byggnadsarbetare kommer hem oskadda.',
  en: 'Politicians and clients have their own duty to see that construction workers get home unharmed.',
} as const;
const CHANGES = {
  sv: 'Ståndpunkten om politikers och beställares ansvar är omskriven.',
  en: 'The position on the duty of politicians and clients is reworded.',
} as const;

type Lang = 'sv' | 'en';

/** The UI's words (locales/sv.yml, en.yml), written out here so a changed string fails the test. */
const UI = {
  sv: {
    addedSigned: (fp: string) =>
      `”${NAME.sv}” har importerats, signerat med nyckel ${fp}. Bara nyare versioner med samma nyckel kan ersätta det.`,
    publisher: `Utgivare: ${PUBLISHER}`,
    version: (v: string) => `Version ${v}`,
    signed: (fp: string) => `Signerat, nyckel ${fp}`,
    heading: (from: string, to: string) => `Uppdatera ”${NAME.sv}” från version ${from} till ${to}?`,
    changedOnePosition: /^Ändrat: 1 ståndpunkt$/,
    confirm: 'Uppdatera',
    updated: (v: string) => `”${NAME.sv}” är uppdaterat till version ${v}.`,
    tampered: `”${NAME.sv}” installerades inte: paketet har ändrats efter att det signerades. Inget har ändrats.`,
    otherKey: `”${NAME.sv}” installerades inte: det är signerat med en annan nyckel än det installerade paketet, så det kan komma från någon annan. Inget har ändrats.`,
    unsignedUpdate: `”${NAME.sv}” installerades inte: det installerade paketet är signerat, det här är det inte. Inget har ändrats.`,
    notNewer: (v: string, installed: string) =>
      `”${NAME.sv}” installerades inte: version ${v} är inte nyare än den installerade (${installed}). Inget har ändrats.`,
    outdated: `Kan vara inaktuell: utgivaren skulle se över den senast ${REVIEW_BY_WRITTEN.sv}.`,
    creditsHeading: 'Ståndpunkterna kommer från 2 paket',
    creditsVersion: (v: string) => `version ${v}`,
    creditsPublisher: `utgivare ${PUBLISHER}`,
    creditsSigned: 'signerat av utgivaren',
  },
  en: {
    addedSigned: (fp: string) =>
      `“${NAME.en}” is imported, signed with key ${fp}. Only newer versions signed with the same key can replace it.`,
    publisher: `Publisher: ${PUBLISHER}`,
    version: (v: string) => `Version ${v}`,
    signed: (fp: string) => `Signed, key ${fp}`,
    heading: (from: string, to: string) => `Update “${NAME.en}” from version ${from} to ${to}?`,
    changedOnePosition: /^Changed: 1 position$/,
    confirm: 'Update',
    updated: (v: string) => `“${NAME.en}” is updated to version ${v}.`,
    tampered: `“${NAME.en}” was not installed: the pack was changed after it was signed. Nothing has changed.`,
    otherKey: `“${NAME.en}” was not installed: it is signed with another key than the installed pack, so it may come from someone else. Nothing has changed.`,
    unsignedUpdate: `“${NAME.en}” was not installed: the installed pack is signed and this one is not. Nothing has changed.`,
    notNewer: (v: string, installed: string) =>
      `“${NAME.en}” was not installed: version ${v} is not newer than the installed one (${installed}). Nothing has changed.`,
    outdated: `May be out of date: its publisher meant to review it by ${REVIEW_BY_WRITTEN.en}.`,
    creditsHeading: 'The positions come from 2 packs',
    creditsVersion: (v: string) => `version ${v}`,
    creditsPublisher: `published by ${PUBLISHER}`,
    creditsSigned: 'signed by its publisher',
  },
} as const;

/**
 * Pages holding one term of the pack each, with a position's cue beside it. The second also holds
 * a term of the bundled pack ("arbetsolycka", the only word of the op-ed that cues the position),
 * so the pack is read beside the bundled one, as it would be.
 */
const PAGES = {
  'bygge.html': 'Ingen ska behöva riskera livet på ett bygge.',
  'tillbud.html': 'Förra veckan var hon med om ett tillbud som nästan blev en arbetsolycka.',
} as const;
const page = (text: string) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Bygget</title></head>
<body><main><article><h1>Ett påhittat reportage</h1><p>${text}</p></article></main></body></html>
`;

/** Every file the tests import, made with the CLI's code before any browser starts. */
interface Made {
  fingerprint: string;
  publicKey: string;
  /** 0.1.0, signed: the first import (and, later, the replayed old version). */
  v1: string;
  /** 0.2.0, signed with the same key: the update. */
  v2: string;
  /** 0.3.0 signed with the same key, then one character changed. */
  tampered: string;
  /** 0.3.0 signed with another key. */
  otherKey: string;
  /** 0.3.0 without a signature. */
  unsigned: string;
}

function expectOk(run: Run): string[] {
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);
  return run.out;
}

/** The CLI commands a publisher runs, in a temp folder; returns the files and the printed key. */
async function makePacks(dir: string): Promise<Made> {
  const packDir = join(dir, 'byggnads');
  const packText = () => readFileSync(join(packDir, 'pack.json'), 'utf8');
  expectOk(await pack(dir, 'draft', OP_ED, '--out', 'byggnads', '--id', PACK_ID));
  editPack(packDir, (p) => {
    fillDraft(p);
    // The author sets a review date, long past by the time anyone reads it.
    p.positions.find((x: PackJson) => x.id === OUTDATED).reviewBy = REVIEW_BY;
  });
  expect(expectOk(await pack(dir, 'check', 'byggnads')).at(-1)).toMatch(
    /^check: ok: byggnads-pack 0\.1\.0: /,
  );
  const keygen = expectOk(await pack(dir, 'keygen', '--out', 'signing-key.json'));
  const fingerprint = keygen.find((l) => l.startsWith('fingerprint: '))?.slice('fingerprint: '.length) ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
  const { publicKey } = readJson(join(dir, 'signing-key.json')) as { publicKey: string };
  expect(await keyFingerprint(publicKey)).toBe(fingerprint);
  expect(expectOk(await pack(dir, 'sign', 'byggnads', '--key', 'signing-key.json'))[0]).toBe(
    `sign: signed ${PACK_ID} 0.1.0 with key ${fingerprint}`,
  );
  const v1 = packText();

  // The next version: one statement rewritten, the version raised, the change logged; same key.
  editPack(packDir, (p) => {
    p.version = '0.2.0';
    p.changelog = [{ version: '0.2.0', date: '2025-05-02', changes: CHANGES }];
    p.positions.find((x: PackJson) => x.id === CHANGED).statement = NEW_STATEMENT;
  });
  // (check would now say the old signature no longer matches; sign checks, then signs again.)
  expect(expectOk(await pack(dir, 'sign', 'byggnads', '--key', 'signing-key.json'))[0]).toBe(
    `sign: signed ${PACK_ID} 0.2.0 with key ${fingerprint} (the previous signature was replaced)`,
  );
  const v2 = packText();

  // A 0.3.0 that the reader would take, were it not for what is done to each copy below.
  editPack(packDir, (p) => {
    p.version = '0.3.0';
    p.changelog = [
      {
        version: '0.3.0',
        date: '2025-06-01',
        changes: { sv: 'Ännu en omskrivning.', en: 'Another rewording.' },
      },
      ...p.changelog,
    ];
    p.positions.find((x: PackJson) => x.id === CHANGED).statement = {
      sv: 'Byggnadsarbetares säkerhet är en fråga för politiker och beställare.',
      en: "Construction workers' safety is a matter for politicians and clients.",
    };
  });
  expectOk(await pack(dir, 'sign', 'byggnads', '--key', 'signing-key.json'));
  const v3 = packText();
  expect(await verifyPack(JSON.parse(v3))).toEqual({ status: 'valid', publicKey });
  // One character of a statement, changed after signing.
  const tampered = v3.replace('"sv": "De regionala skyddsombuden', '"sv": "de regionala skyddsombuden');
  expect(tampered.length).toBe(v3.length);
  const differing = Array.from({ length: v3.length }, (_, i) => i).filter((i) => tampered[i] !== v3[i]);
  expect(differing.map((i) => `${v3[i]}→${tampered[i]}`)).toEqual(['D→d']);
  expect((await verifyPack(JSON.parse(tampered))).status).toBe('invalid');

  expectOk(await pack(dir, 'keygen', '--out', 'other-key.json'));
  expectOk(await pack(dir, 'sign', 'byggnads', '--key', 'other-key.json'));
  const otherKey = packText();
  const other = JSON.parse(otherKey) as PositionPack;
  expect(other.signature?.publicKey).not.toBe(publicKey);
  expect((await verifyPack(other)).status).toBe('valid');

  const { signature: _, ...unsignedPack } = JSON.parse(v3) as PositionPack;
  return { fingerprint, publicKey, v1, v2, tampered, otherKey, unsigned: JSON.stringify(unsignedPack) };
}

/** Waits until `read` gives `expected`; on timeout, fails showing what it gave last. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  let last: T | undefined;
  await waitUntil(async () => {
    last = await read();
    return isDeepStrictEqual(last, expected);
  }, timeoutMs).catch(() => {});
  expect(last).toEqual(expected);
}

/** The language of the extension's own strings, which is also the one pack texts are shown in. */
function extensionLanguage(session: Session): Promise<Lang> {
  return inExtensionPage(
    session,
    async () => {
      type I18n = { i18n: { getMessage(name: string): string } };
      const g = globalThis as unknown as { browser?: I18n; chrome: I18n };
      return (g.browser ?? g.chrome).i18n.getMessage('popup_packLanguage') === 'sv' ? 'sv' : 'en';
    },
    undefined,
  );
}

interface StoredEntry {
  pack: PositionPack;
  enabled: boolean;
  importedAt: string;
  publicKey?: string;
}

/** The imported pack as stored in `local.packs`, read in the options page itself. */
function storedEntry(options: Page): Promise<StoredEntry | null> {
  return options.evaluate(async (id) => {
    type Local = { storage: { local: { get(k: string[]): Promise<{ packs?: StoredEntry[] }> } } };
    const g = globalThis as unknown as { browser?: Local; chrome: Local };
    const { packs } = await (g.browser ?? g.chrome).storage.local.get(['packs']);
    return packs?.find((p) => p.pack.id === id) ?? null;
  }, PACK_ID);
}

/** The lines of the pack's publisher card on the options page (its changelog left out). */
function publisherLines(options: Page): Promise<string[]> {
  return options.evaluate(
    (id) =>
      [...document.querySelectorAll(`li.pack[data-pack="${id}"] .publisher-card > p`)].map((p) =>
        (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    PACK_ID,
  );
}

/** The packs section's live region: its text and whether it reports an error. */
function packStatus(options: Page): Promise<{ text: string; error: boolean }> {
  return options.$eval('#packs [role="status"]', (s) => ({
    text: s.textContent ?? '',
    error: s.classList.contains('status-error'),
  }));
}

interface UpdatePreview {
  heading: string;
  headingFocused: boolean;
  lines: string[];
  /** The added and changed positions, in their new words. */
  touched: string[];
  changelog: { version: string; changes: string }[];
  buttons: string[];
}

function updatePreview(options: Page): Promise<UpdatePreview | null> {
  return options.evaluate(() => {
    const section = document.querySelector('#packs section[aria-labelledby="pack-update-heading"]');
    if (!section) return null;
    const heading = section.querySelector('#pack-update-heading');
    return {
      heading: heading?.textContent ?? '',
      headingFocused: heading !== null && document.activeElement === heading,
      lines: [...section.querySelectorAll(':scope > ul:not(.touched-positions) > li')].map(
        (li) => li.textContent ?? '',
      ),
      touched: [...section.querySelectorAll('.touched-positions > li')].map((li) => li.textContent ?? ''),
      changelog: [...section.querySelectorAll('.changelog > div')].map((entry) => ({
        version: entry.querySelector('dt')?.textContent ?? '',
        changes: entry.querySelector('dd')?.textContent ?? '',
      })),
      buttons: [...section.querySelectorAll('button')].map((b) => b.textContent ?? ''),
    };
  });
}

interface PositionState {
  id: string | null;
  statement: string;
  outdated: string | null;
}

/** The pack topic's positions shown, in the card's shadow root or in the popup's row for it. */
function shownPositions(target: Page, where: 'card' | 'popup'): Promise<PositionState[]> {
  return target.evaluate(
    (inCard, topic) => {
      const root = inCard
        ? document.querySelector('fackkoll-card')?.shadowRoot
        : document.querySelector(`.fk-topic[data-topic="${topic}"]`);
      return [...(root?.querySelectorAll('.fk-position') ?? [])].map((li) => ({
        id: li.getAttribute('data-position'),
        statement: li.querySelector('.fk-statement')?.textContent ?? '',
        outdated: li.querySelector('.fk-outdated')?.textContent ?? null,
      }));
    },
    where === 'card',
    TOPIC,
  );
}

function cardState(target: Page) {
  return target.evaluate(() => {
    const hosts = document.querySelectorAll('fackkoll-card');
    const root = hosts[0]?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return { count: hosts.length, focused: !!dialog && root?.activeElement === dialog };
  });
}

/** Clicks the page's mark of the pack's topic and waits for the card to take focus. */
async function openCard(target: Page): Promise<void> {
  await target.bringToFront();
  await target.keyboard.press('Escape');
  await waitUntil(async () => (await cardState(target)).count === 0);
  await target.click(`mark.fackkoll-mark[data-fackkoll-topic="${TOPIC}"]`);
  await waitUntil(async () => {
    const card = await cardState(target);
    return card.count === 1 && card.focused;
  });
}

let made: Made;
let cliDir: { dir: string; cleanup: () => void };

// Node only, once for both browsers: what a publisher makes on their own machine.
beforeAll(async () => {
  cliDir = tempFolder();
  made = await makePacks(cliDir.dir);
});
afterAll(() => cliDir?.cleanup());

describe.each(['chromium', 'firefox'] as const)('signed packs in %s', (kind) => {
  let pagesDir: string;
  let lang: Lang;
  let options: Page;
  let article: Page;
  /** The stored entry before the update: the preview must leave it exactly so. */
  let beforeUpdate: StoredEntry | null;
  /** The stored entry once 0.2.0 is installed: each refusal must leave it exactly so. */
  let afterUpdate: StoredEntry | null;

  // Registered before useSession, so the pages exist before they are served and go after it closes.
  beforeAll(() => {
    pagesDir = mkdtempSync(join(cliDir.dir, `pages-${kind}-`));
    for (const [file, text] of Object.entries(PAGES)) writeFileSync(join(pagesDir, file), page(text));
  });
  afterAll(() => rmSync(pagesDir, { recursive: true, force: true }));
  // Chromium's UI in Swedish, Firefox's in English: both wordings get checked.
  const env = useSession(
    kind,
    () => pagesDir,
    kind === 'chromium' ? { locale: 'sv-SE', uiLanguage: 'sv' } : { locale: 'en-US' },
  );
  describe('from the CLI to the reader', () => {
    beforeAll(async () => {
      lang = await extensionLanguage(env.session);
      options = await env.session.openExtensionPage('options.html');
      await options.waitForSelector('#packs input[type="file"]');
    });

    /** Chooses the file on the options page, in front as it is when a person picks one. */
    const importFile = async (name: string, text: string) => {
      await options.bringToFront();
      await chooseFile(options, '#packs input[type="file"]', name, text);
    };

    it('imports the pack the CLI signed, naming the key the CLI printed', async () => {
      expect(await storedEntry(options)).toBeNull();
      await importFile('pack.json', made.v1);
      await eventually(() => packStatus(options), {
        text: UI[lang].addedSigned(made.fingerprint),
        error: false,
      });
      // The card computes the fingerprint itself, after it renders.
      await eventually(
        async () => (await publisherLines(options)).slice(0, 3),
        [UI[lang].publisher, UI[lang].version('0.1.0'), UI[lang].signed(made.fingerprint)],
      );
      const stored = await storedEntry(options);
      expect(stored?.pack.version).toBe('0.1.0');
      expect(stored?.publicKey).toBe(made.publicKey);
      expect(stored?.enabled).toBe(true);
    });

    it('shows the signed pack’s statement on the card for its term', async () => {
      article = await env.session.newPage(env.server.url('bygge.html'));
      expect(await waitForStableMarks(article)).toEqual({ [TOPIC]: 1 });
      await openCard(article);
      const [lead] = await shownPositions(article, 'card');
      expect(lead).toEqual({ id: CHANGED, statement: OLD_STATEMENT[lang], outdated: null });
    });

    it('previews a newer version signed with the same key, and replaces nothing before it is confirmed', async () => {
      beforeUpdate = await storedEntry(options);
      expect(beforeUpdate?.pack.version).toBe('0.1.0');
      await importFile('pack-0.2.0.json', made.v2);
      await waitUntil(async () => (await updatePreview(options)) !== null).catch(async () => {
        throw new Error(`no update preview; the section says: ${JSON.stringify(await packStatus(options))}`);
      });
      // Focus moves to the heading once the preview has rendered: on a loaded machine that can be a
      // frame after the preview first appears.
      await waitUntil(async () => (await updatePreview(options))?.headingFocused === true).catch(
        () => undefined,
      );
      const preview = (await updatePreview(options)) as UpdatePreview;
      expect(preview.heading).toBe(UI[lang].heading('0.1.0', '0.2.0'));
      expect(preview.headingFocused).toBe(true);
      // One position changed, nothing added or removed, no other change.
      expect(preview.lines).toHaveLength(1);
      expect(preview.lines[0]).toMatch(UI[lang].changedOnePosition);
      const rewritten = NEW_STATEMENT[lang];
      expect(preview.touched).toEqual([rewritten.length > 140 ? `${rewritten.slice(0, 139)}…` : rewritten]);
      expect(preview.changelog).toHaveLength(1);
      expect(preview.changelog[0]?.version).toMatch(/^0\.2\.0 /);
      expect(preview.changelog[0]?.changes).toBe(CHANGES[lang]);
      expect(preview.buttons[0]).toBe(UI[lang].confirm);
      // Still 0.1.0, on the page and in storage.
      expect((await publisherLines(options))[1]).toBe(UI[lang].version('0.1.0'));
      expect(await storedEntry(options)).toEqual(beforeUpdate);
    });

    it('passes axe on the options page with the update preview open', async () => {
      expect(await updatePreview(options)).not.toBeNull();
      const result = await runAxe(options);
      expect(result.violations).toEqual([]);
      expect(result.passes).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    });

    it('installs the update once confirmed; the card then shows the new statement', async () => {
      // Still nothing replaced, a while after the preview opened.
      expect(await storedEntry(options)).toEqual(beforeUpdate);
      await options.bringToFront();
      const [confirm] = await options.$$('#packs section[aria-labelledby="pack-update-heading"] button');
      expect(await confirm?.evaluate((b) => b.textContent)).toBe(UI[lang].confirm);
      await confirm?.click();
      await eventually(() => packStatus(options), { text: UI[lang].updated('0.2.0'), error: false });
      expect(await updatePreview(options)).toBeNull();
      await eventually(
        async () => (await publisherLines(options)).slice(0, 3),
        [UI[lang].publisher, UI[lang].version('0.2.0'), UI[lang].signed(made.fingerprint)],
      );
      afterUpdate = await storedEntry(options);
      expect(afterUpdate?.pack.version).toBe('0.2.0');
      expect(afterUpdate?.publicKey).toBe(made.publicKey);
      expect(afterUpdate?.pack.signature).toEqual((JSON.parse(made.v2) as PositionPack).signature);

      await article.reload({ waitUntil: 'load' });
      expect(await waitForStableMarks(article)).toEqual({ [TOPIC]: 1 });
      await openCard(article);
      const [lead] = await shownPositions(article, 'card');
      expect(lead).toEqual({ id: CHANGED, statement: NEW_STATEMENT[lang], outdated: null });
    });

    const refusals = [
      { what: 'a tampered update', file: () => made.tampered, message: (l: Lang) => UI[l].tampered },
      {
        what: 'an update signed by another key',
        file: () => made.otherKey,
        message: (l: Lang) => UI[l].otherKey,
      },
      { what: 'an unsigned update', file: () => made.unsigned, message: (l: Lang) => UI[l].unsignedUpdate },
      {
        what: 'a replay of the older version',
        file: () => made.v1,
        message: (l: Lang) => UI[l].notNewer('0.1.0', '0.2.0'),
      },
      {
        what: 'the installed version again',
        file: () => made.v2,
        message: (l: Lang) => UI[l].notNewer('0.2.0', '0.2.0'),
      },
    ];
    it.each(refusals)('refuses $what, says why, and leaves the stored pack as it was', async (refusal) => {
      expect(afterUpdate?.pack.version).toBe('0.2.0');
      await importFile('pack.json', refusal.file());
      await eventually(() => packStatus(options), { text: refusal.message(lang), error: true });
      expect(await updatePreview(options)).toBeNull();
      // A refusal, not a broken file: no list of errors.
      expect(await options.$('#packs .error-box')).toBeNull();
      expect((await publisherLines(options)).slice(0, 3)).toEqual([
        UI[lang].publisher,
        UI[lang].version('0.2.0'),
        UI[lang].signed(made.fingerprint),
      ]);
      expect(await storedEntry(options)).toEqual(afterUpdate);
    });

    it('says on the card that a position past its review date may be out of date', async () => {
      await article.goto(env.server.url('tillbud.html'), { waitUntil: 'load' });
      expect((await waitForStableMarks(article))[TOPIC]).toBe(1);
      await openCard(article);
      const [lead] = await shownPositions(article, 'card');
      expect(lead?.id).toBe(OUTDATED);
      expect(lead?.outdated).toBe(UI[lang].outdated);
    });

    it('says so in the popup too, which names the pack as signed by its publisher; axe passes there', async () => {
      const tab = await tabIdOf(env.session, env.server.url('tillbud.html'));
      expect(tab).toBeGreaterThanOrEqual(0);
      const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
      try {
        // Unfolded, if the other topic on the page leads the list.
        await waitUntil(
          () =>
            popup.evaluate((topic) => {
              const row = document.querySelector(`.fk-topic[data-topic="${topic}"]`);
              const toggle = row?.querySelector<HTMLButtonElement>('.fk-topic-toggle[aria-expanded="false"]');
              toggle?.click();
              return !!row?.querySelector('.fk-position');
            }, TOPIC),
          20_000,
        );
        const positions = await shownPositions(popup, 'popup');
        expect(positions[0]?.id).toBe(OUTDATED);
        expect(positions[0]?.outdated).toBe(UI[lang].outdated);
        // Only the position past its date says so.
        expect(positions.filter((p) => p.outdated !== null)).toHaveLength(1);

        const credits = await popup.$eval('.fk-credits', (details) => ({
          summary: details.querySelector('summary')?.textContent ?? '',
          packs: [...details.querySelectorAll('li')].map((li) => ({
            id: li.getAttribute('data-pack'),
            name: li.querySelector('strong')?.textContent ?? '',
            text: li.textContent ?? '',
          })),
        }));
        expect(credits.summary).toBe(UI[lang].creditsHeading);
        const ours = credits.packs.find((p) => p.id === PACK_ID);
        expect(ours?.name).toBe(NAME[lang]);
        const facts = ours?.text.slice(`${NAME[lang]} – `.length).split(' · ');
        expect(facts?.slice(0, 3)).toEqual([
          UI[lang].creditsVersion('0.2.0'),
          UI[lang].creditsPublisher,
          UI[lang].creditsSigned,
        ]);

        await popup.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const result = await runAxe(popup);
        expect(result.violations).toEqual([]);
        expect(result.passes).toEqual(expect.arrayContaining(['color-contrast']));
      } finally {
        await popup.close();
      }
    });
  });
});
