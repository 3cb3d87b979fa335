/**
 * The JSON Schema published in docs/position-pack.schema.json, generated from the valibot
 * schema so editors and other tools see the same shape the extension enforces.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  FigureSchema,
  LexiconEntrySchema,
  PositionPackSchema,
  PositionRefSchema,
  PositionSchema,
  SourceRefSchema,
  SourceSchema,
  TopicSchema,
} from '../../core/pack/schema';

export const PACK_JSON_SCHEMA_PATH = 'docs/position-pack.schema.json';

export function buildPackJsonSchema(): Record<string, unknown> {
  // errorMode 'throw': a constraint JSON Schema cannot express must fail generation, not
  // silently vanish from what pack authors are told.
  const { $schema, ...schema } = toJsonSchema(PositionPackSchema, {
    // 2020-12 is the draft where `$defs`, which the converter emits, is standard.
    target: 'draft-2020-12',
    errorMode: 'throw',
    definitions: {
      Source: SourceSchema,
      SourceRef: SourceRefSchema,
      PositionRef: PositionRefSchema,
      Topic: TopicSchema,
      Position: PositionSchema,
      Figure: FigureSchema,
      LexiconEntry: LexiconEntrySchema,
    },
  });
  return {
    $schema,
    title: 'Fackkoll position pack',
    description:
      'Generated from core/pack/schema.ts by `npm run schema:generate`; do not edit. ' +
      'References between objects (ids, paragraphs) are checked by the extension, not by this schema: ' +
      'see docs/position-packs.md.',
    ...schema,
  };
}

/** The exact file content, so the staleness test compares bytes. */
export function serialisePackJsonSchema(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
