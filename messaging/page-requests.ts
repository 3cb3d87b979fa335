/**
 * The content script's checks of the two requests the popup sends it, by the rules of their
 * schemas in protocol.ts but without the schema library, which was a twentieth of the content
 * script. tests/unit/messaging/page-requests.test.ts holds them to the schemas. Like v.parse,
 * they throw on anything else.
 */
import { isRecord } from '../core/is-record';
import { isId } from '../core/pack/id';
import type { OccurrenceRequest, StartScanOptions } from './protocol';

const only = (x: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(x).every((k) => keys.includes(k));

export function parseOccurrenceRequest(data: unknown): OccurrenceRequest {
  if (
    isRecord(data) &&
    only(data, ['topic', 'index']) &&
    typeof data.topic === 'string' &&
    isId(data.topic) &&
    Number.isInteger(data.index)
  )
    return { topic: data.topic, index: data.index as number };
  throw new Error('showOccurrence: expected { topic, index }');
}

export function parseStartScan(data: unknown): StartScanOptions | undefined {
  if (data === undefined) return undefined;
  // As the schema reads it: any object, a list included (of no keys, it asks for nothing).
  if (typeof data === 'object' && data !== null && only(data as Record<string, unknown>, ['english'])) {
    const { english } = data as Record<string, unknown>;
    if (english === undefined) return 'english' in data ? { english: undefined } : {};
    if (typeof english === 'boolean') return { english };
  }
  throw new Error('startScan: expected nothing or { english }');
}
