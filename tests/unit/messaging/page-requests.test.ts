import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseOccurrenceRequest, parseStartScan } from '../../../messaging/page-requests.ts';
import { OccurrenceRequestSchema, StartScanSchema } from '../../../messaging/protocol.ts';

/** What parse gives, or 'throws': the schema's answer and the plain check's must be the same. */
const outcome = (parse: () => unknown) => {
  try {
    return JSON.stringify(parse()) ?? 'undefined';
  } catch {
    return 'throws';
  }
};

const VALUES: unknown[] = [
  undefined,
  null,
  {},
  [],
  'x',
  3,
  { english: true },
  { english: false },
  { english: undefined },
  { english: 'yes' },
  { english: true, extra: 1 },
  { topic: 'welfare', index: 0 },
  { topic: 'welfare', index: -3 },
  { topic: 'welfare', index: 1.5 },
  { topic: 'welfare', index: Number.NaN },
  { topic: 'welfare', index: '1' },
  { topic: 'Welfare', index: 1 },
  { topic: 'x'.repeat(65), index: 1 },
  { topic: 'asylum-and-refugees', index: 2, extra: true },
  { topic: 'welfare' },
  { index: 1 },
];

describe('the content script’s request checks', () => {
  it.each(VALUES.map((value) => [JSON.stringify(value) ?? String(value), value]))(
    'answer %s as the schemas do',
    (_name, value) => {
      expect(outcome(() => parseStartScan(value))).toBe(outcome(() => v.parse(StartScanSchema, value)));
      expect(outcome(() => parseOccurrenceRequest(value))).toBe(
        outcome(() => v.parse(OccurrenceRequestSchema, value)),
      );
    },
  );

  it('accept the requests the popup sends and refuse others', () => {
    expect(parseOccurrenceRequest({ topic: 'welfare', index: 2 })).toEqual({ topic: 'welfare', index: 2 });
    expect(() => parseOccurrenceRequest({ topic: 'welfare', index: 'x' })).toThrow(/showOccurrence/);
    expect(parseStartScan({ english: true })).toEqual({ english: true });
  });
});
