/**
 * Handwritten malformed and hostile import files. Each names the JSON path its error must point
 * at (the start of it) and a word the message must contain, so "clear error" is checked too.
 */
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { MAX_IMPORT_BYTES } from '../../../../storage/transfer/format';
import { nth, packNamed } from '../../entrypoints/options/pack-fixtures';

export interface HostileCase {
  name: string;
  text: string;
  path: string;
  says: RegExp;
}

type File = Record<string, unknown> & { settings: Record<string, unknown>; packs: Record<string, unknown>[] };

export function validFile(): File {
  return {
    format: 'fackkoll-settings',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings: structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
    packs: [{ enabled: true, importedAt: '2026-01-01T00:00:00.000Z', pack: packNamed('filpaket') }],
  };
}

const hosts = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}.example.se`);

/** A valid file changed by `edit`. */
const edited = (name: string, path: string, says: RegExp, edit: (f: File) => void): HostileCase => {
  const file = validFile();
  edit(file);
  return { name, text: JSON.stringify(file), path, says };
};
const raw = (name: string, text: string, path: string, says: RegExp): HostileCase => ({
  name,
  text,
  path,
  says,
});
const pack = (f: File, i = 0) => f.packs[i]?.pack as ReturnType<typeof packNamed>;

export const HOSTILE_CASES: HostileCase[] = [
  raw('empty file', '', '$', /not valid JSON/),
  raw('only spaces', '   \n ', '$', /not valid JSON/),
  raw('truncated JSON', '{"format":"fackkoll-settings","vers', '$', /not valid JSON/),
  raw('trailing comma', '{"format":"fackkoll-settings",}', '$', /not valid JSON/),
  raw('single quotes', "{'format':'fackkoll-settings'}", '$', /not valid JSON/),
  raw('null', 'null', '$', /JSON object/),
  raw('a list', '[]', '$', /JSON object/),
  raw('a number', '42', '$', /JSON object/),
  raw('a string', '"fackkoll-settings"', '$', /JSON object/),
  raw('true', 'true', '$', /JSON object/),
  raw('an HTML page', '<!doctype html><script>alert(1)</script>', '$', /not valid JSON/),
  raw('empty object', '{}', 'format', /not a Fackkoll settings file/),
  raw('huge file', `${' '.repeat(MAX_IMPORT_BYTES + 1)}{}`, '$', /limit is/),
  raw(
    'deeply nested',
    `{"format":"fackkoll-settings","version":1,"settings":${'['.repeat(5000)}${']'.repeat(5000)},"packs":[]}`,
    'settings',
    /nested/,
  ),
  raw(
    'constructor key',
    '{"format":"fackkoll-settings","version":1,"settings":{"constructor":{"prototype":{}}},"packs":[]}',
    'settings.constructor',
    /not allowed/,
  ),
  edited('another format', 'format', /not a Fackkoll settings file/, (f) => (f.format = 'other-extension')),
  edited('format missing', 'format', /not a Fackkoll settings file/, (f) => delete f.format),
  edited('newer file version', 'version', /newer Fackkoll/, (f) => (f.version = 2)),
  edited('version 0', 'version', /whole number/, (f) => (f.version = 0)),
  edited('version as text', 'version', /whole number/, (f) => (f.version = '1')),
  edited('fractional version', 'version', /whole number/, (f) => (f.version = 1.5)),
  edited('version missing', 'version', /whole number/, (f) => delete f.version),
  edited('exportedAt a number', 'exportedAt', /date/, (f) => (f.exportedAt = 5)),
  edited('unknown top-level field', 'extra', /unknown field/, (f) => (f.extra = true)),
  raw(
    '__proto__ at the top',
    '{"format":"fackkoll-settings","version":1,"settings":{},"packs":[],"__proto__":{"polluted":1}}',
    '__proto__',
    /not allowed/,
  ),
  edited('settings missing', 'settings', /missing/, (f) => delete (f as Partial<File>).settings),
  edited('settings null', 'settings', /object/, (f) => ((f as Record<string, unknown>).settings = null)),
  edited('settings a list', 'settings', /object/, (f) => ((f as Record<string, unknown>).settings = [])),
  edited('packs missing', 'packs', /missing/, (f) => delete (f as Partial<File>).packs),
  edited('packs an object', 'packs', /list/, (f) => ((f as Record<string, unknown>).packs = {})),
  edited('unknown mode', 'settings.mode', /auto/, (f) => (f.settings.mode = 'sometimes')),
  edited('english as text', 'settings.english', /boolean/, (f) => (f.settings.english = 'yes')),
  edited('badge a number', 'settings.badge', /topics/, (f) => (f.settings.badge = 3)),
  edited('style null', 'settings.style', /fill/, (f) => (f.settings.style = null)),
  edited('alwaysSites missing', 'settings.alwaysSites', /missing/, (f) => delete f.settings.alwaysSites),
  edited('unknown settings field', 'settings', /unknown field/, (f) => (f.settings.theme = 'dark')),
  edited('topics a list', 'settings.topics', /object/, (f) => (f.settings.topics = [])),
  edited(
    'topic id with spaces',
    'settings.topics',
    /topic id/,
    (f) => (f.settings.topics = { 'Bad Id': { enabled: false, color: null } }),
  ),
  raw(
    '__proto__ as a topic id',
    `{"format":"fackkoll-settings","version":1,"settings":${JSON.stringify(DEFAULT_SETTINGS).replace('"topics":{}', '"topics":{"__proto__":{"enabled":false,"color":null}}')},"packs":[]}`,
    'settings.topics.__proto__',
    /not allowed/,
  ),
  edited(
    'colour name',
    'settings.topics.asylum.color',
    /colour/,
    (f) => (f.settings.topics = { asylum: { enabled: false, color: 'red' } }),
  ),
  edited(
    'script as colour',
    'settings.topics.asylum.color',
    /colour/,
    (f) => (f.settings.topics = { asylum: { enabled: true, color: '<script>alert(1)</script>' } }),
  ),
  edited(
    'enabled as text',
    'settings.topics.asylum.enabled',
    /boolean/,
    (f) => (f.settings.topics = { asylum: { enabled: 'false', color: null } }),
  ),
  edited(
    'event handler in a topic choice',
    'settings.topics.asylum',
    /unknown field/,
    (f) => (f.settings.topics = { asylum: { enabled: true, color: null, onclick: 'alert(1)' } }),
  ),
  edited(
    'HTML as a host',
    'settings.alwaysSites[0]',
    /host name/,
    (f) => (f.settings.alwaysSites = ['<img src=x onerror=alert(1)>']),
  ),
  edited(
    'javascript: URL as a host',
    'settings.neverSites[0]',
    /host name/,
    (f) => (f.settings.neverSites = ['javascript:alert(1)']),
  ),
  edited('host a number', 'settings.alwaysSites[0]', /string/, (f) => (f.settings.alwaysSites = [42])),
  edited(
    'look-alike letters in a host',
    'settings.alwaysSites[0]',
    /host name/,
    (f) => (f.settings.alwaysSites = ['exаmple.se']),
  ),
  edited(
    'same site twice',
    'settings.alwaysSites',
    /twice/,
    (f) => (f.settings.alwaysSites = ['a.se', 'a.se']),
  ),
  edited(
    'too many never sites',
    'settings.neverSites',
    /at most 50/,
    (f) => (f.settings.neverSites = hosts(51, 'n')),
  ),
  edited(
    '300-character host',
    'settings.alwaysSites[0]',
    /at most 100/,
    (f) => (f.settings.alwaysSites = [`${'a'.repeat(290)}.example.se`]),
  ),
  edited(
    'disabledNewsSites a string',
    'settings.disabledNewsSites',
    /Array/,
    (f) => (f.settings.disabledNewsSites = 'dn.se'),
  ),
  edited('settings over the sync budget', 'settings', /bytes/, (f) => {
    f.settings.alwaysSites = hosts(50, 'a'.repeat(80));
    f.settings.neverSites = hosts(50, 'b'.repeat(80));
  }),
  edited('too many topic choices', 'settings.topics', /at most 90/, (f) => {
    f.settings.topics = Object.fromEntries(
      Array.from({ length: 91 }, (_, i) => [`t${i}`, { enabled: false, color: null }]),
    );
  }),
  edited('a pack entry that is a number', 'packs[0]', /Object/, (f) => (f.packs = [42 as never])),
  edited('an empty pack entry', 'packs[0]', /missing required field|Invalid/, (f) => (f.packs = [{}])),
  edited(
    'enabled as text in a pack entry',
    'packs[0].enabled',
    /boolean|Invalid/,
    (f) => (nth(f.packs, 0).enabled = 'yes'),
  ),
  edited(
    'huge importedAt',
    'packs[0].importedAt',
    /at most 40 characters/,
    (f) => (nth(f.packs, 0).importedAt = 'x'.repeat(1000)),
  ),
  edited(
    'unknown field in a pack entry',
    'packs[0]',
    /unknown field/,
    (f) => (nth(f.packs, 0).onload = 'alert(1)'),
  ),
  edited('pack missing', 'packs[0].pack', /Object|missing|expected/, (f) => delete nth(f.packs, 0).pack),
  edited(
    'pack of another format',
    'packs[0].pack.format',
    /fackkoll-position-pack/,
    (f) => ((pack(f) as Record<string, unknown>).format = 'x'),
  ),
  edited(
    'pack from a newer format',
    'packs[0].pack.formatVersion',
    /1/,
    (f) => ((pack(f) as Record<string, unknown>).formatVersion = 2),
  ),
  edited(
    'HTML in a topic name',
    'packs[0].pack.topics[0].name.sv',
    /plain text/,
    (f) => (nth(pack(f).topics, 0).name.sv = '<b onmouseover="alert(1)">Bo</b>'),
  ),
  edited(
    'script in a position',
    'packs[0].pack.positions[0].statement.en',
    /plain text/,
    (f) => (nth(pack(f).positions, 0).statement.en = '<script>fetch("//evil")</script>'),
  ),
  edited(
    'javascript: source URL',
    'packs[0].pack.sources[0].url',
    /https|URL|Invalid/,
    (f) => (nth(pack(f).sources, 0).url = 'javascript:alert(1)'),
  ),
  edited(
    'http source URL',
    'packs[0].pack.sources[0].url',
    /https|Invalid/,
    (f) => (nth(pack(f).sources, 0).url = 'http://example.se/op-ed'),
  ),
  edited(
    'duplicate topic ids in a pack',
    'packs[0].pack.topics[1].id',
    /duplicate/,
    (f) => (nth(pack(f).topics, 1).id = nth(pack(f).topics, 0).id),
  ),
  edited(
    'duplicate position ids in a pack',
    'packs[0].pack.positions[1].id',
    /duplicate/,
    (f) => (nth(pack(f).positions, 1).id = nth(pack(f).positions, 0).id),
  ),
  edited('the same pack twice', 'packs[1].pack.id', /twice/, (f) =>
    f.packs.push(structuredClone(nth(f.packs, 0))),
  ),
  edited('a topic the built-in pack has', 'packs[0].pack.topics[0].id', /already comes from/, (f) => {
    const p = pack(f);
    const [first, second] = [nth(p.topics, 0), nth(p.topics, 1)];
    for (const pos of p.positions) if (pos.topic === first.id) pos.topic = 'asylum';
    nth(p.figures, 0).topics = ['asylum'];
    nth(p.lexicon, 0).topic = 'asylum';
    second.related = ['asylum'];
    first.id = 'asylum';
  }),
  edited(
    'the id of the built-in pack',
    'packs[0].pack.id',
    /built-in/,
    (f) => (pack(f).id = BUNDLED_PACK.id),
  ),
  edited(
    'a catastrophic regex',
    'packs[0].pack.lexicon[0].sv[0]',
    /not allowed/,
    (f) => (nth(pack(f).lexicon, 0).sv = ['(a+)+b']),
  ),
  edited(
    'match-everything pattern',
    'packs[0].pack.lexicon[0].sv[0]',
    /refused/,
    (f) => (nth(pack(f).lexicon, 0).sv = ['.*']),
  ),
  edited(
    'one-letter stem',
    'packs[0].pack.lexicon[0].en[0]',
    /too short/,
    (f) => (nth(pack(f).lexicon, 0).en = ['a*']),
  ),
  edited(
    'seven-word phrase',
    'packs[0].pack.lexicon[0].sv[0]',
    /more than 6 words/,
    (f) => (nth(pack(f).lexicon, 0).sv = ['ett två tre fyra fem sex sju']),
  ),
  edited(
    'backreference pattern',
    'packs[0].pack.lexicon[0].exclude[0]',
    /not allowed/,
    (f) => (nth(pack(f).lexicon, 0).exclude = ['(x)\\1']),
  ),
  edited(
    'pattern listed twice',
    'packs[0].pack.lexicon[0].sv[1]',
    /twice/,
    (f) => (nth(pack(f).lexicon, 0).sv = ['bostad*', 'bostad*']),
  ),
  edited(
    'oversized pack',
    'packs[0].pack',
    /KB/,
    (f) => ((pack(f) as Record<string, unknown>).$schema = 'x'.repeat(300 * 1024)),
  ),
  edited(
    'too many packs',
    'packs',
    /at most 10/,
    (f) =>
      (f.packs = Array.from({ length: 11 }, (_, i) => ({ ...nth(f.packs, 0), pack: packNamed(`p${i}`) }))),
  ),
  edited(
    'pack with too many topics',
    'packs[0].pack.topics',
    /at most 30/,
    (f) => (nth(f.packs, 0).pack = packNamed('stor', 31)),
  ),
  edited('prototype pollution inside a pack', 'packs[0].pack.__proto__', /not allowed/, (f) => {
    nth(f.packs, 0).pack = JSON.parse(
      JSON.stringify(pack(f)).replace('{', '{"__proto__":{"polluted":true},'),
    );
  }),
];
