// What the receiver checks in an Adaptive Card before it lets a route "post" it: the card's own version against
// what the route renders, Teams' `msteams` extension, and the published schema of that version, offline.
// https://github.com/microsoft/AdaptiveCards/blob/main/schemas/README.md ("The schema is strict").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../sharepoint/handlers/jsonDepth';
import { discriminatedByType, schemaProblem } from './schemaProblem';

/** The Adaptive Card versions the receiver has schemas for: what Teams renders (1.5) and what Workflows posts (1.4). */
export type CardSchemaVersion = '1.4' | '1.5';

const SCHEMA_FILES: Record<CardSchemaVersion, string> = { '1.4': '1.4.0.json', '1.5': '1.5.0.json' };

// Teams' card extension (cards-format.md: "msteams": { "width": "Full" }, and "entities" for mentions). The
// schema has no `msteams`, so it is checked here and taken out before the schema sees the card.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format
const MSTEAMS_KEYS: readonly string[] = ['width', 'entities'];

const validators = new Map<CardSchemaVersion, ValidateFunction>();

/**
 * Why `card` cannot be posted on a route that renders up to `maxVersion`, or `undefined` when it can. Checks that
 * it is an `AdaptiveCard` with a `version` (which the schema does not require, though the card's own docs do) of
 * at most `maxVersion`, that `msteams` holds only known keys, and that the rest is valid against the schema of its
 * version (1.4 for any version below 1.5). The text names the JSON Pointer of the first fault.
 */
export function adaptiveCardProblem(
  card: unknown,
  { maxVersion }: { maxVersion: CardSchemaVersion },
): string | undefined {
  if (card === null || typeof card !== 'object' || Array.isArray(card))
    return 'the card is not a JSON object';
  // Ajv recurses once per level; a card nested this deep is no card anyone designs.
  if (nestsDeeperThan(card, MAX_JSON_DEPTH)) return `the card nests deeper than ${MAX_JSON_DEPTH} levels`;
  const { msteams, ...rest } = card as Record<string, unknown>;
  if (rest.type !== 'AdaptiveCard') return `/type: must be "AdaptiveCard", not ${JSON.stringify(rest.type)}`;
  const version = parseVersion(rest.version);
  if (!version) return `/version: must be a version such as "1.4", not ${JSON.stringify(rest.version)}`;
  if (compare(version, parseVersion(maxVersion)!) > 0) {
    return `/version: ${String(rest.version)} is above ${maxVersion}, the highest version this route renders`;
  }
  const teams = msteamsProblem(msteams);
  if (teams) return teams;
  const validate = validatorFor(compare(version, [1, 5]) >= 0 ? '1.5' : '1.4');
  try {
    if (validate(rest)) return undefined;
  } catch (error) {
    // reason: Ajv's recursion may still exhaust the stack on a wide, deep card; that is a refusal, not a crash.
    return `the card could not be validated (${(error as Error).message})`;
  }
  return schemaProblem(validate.errors ?? []);
}

function msteamsProblem(msteams: unknown): string | undefined {
  if (msteams === undefined) return undefined;
  if (msteams === null || typeof msteams !== 'object' || Array.isArray(msteams)) {
    return '/msteams: must be an object';
  }
  for (const [key, value] of Object.entries(msteams)) {
    if (!MSTEAMS_KEYS.includes(key)) {
      return `/msteams: property ${JSON.stringify(key)} is not one Teams knows (${MSTEAMS_KEYS.join(', ')})`;
    }
    if (key === 'width' && (typeof value !== 'string' || value.toLowerCase() !== 'full')) {
      return `/msteams/width: must be "Full", not ${JSON.stringify(value)}`;
    }
    if (key === 'entities' && !Array.isArray(value)) return '/msteams/entities: must be an array';
  }
  return undefined;
}

function validatorFor(version: CardSchemaVersion): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', SCHEMA_FILES[version]), 'utf8'));
    // The files name themselves with draft-04's `id`, which Ajv 8 refuses; their `$schema` is draft-06.
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06);
    addFormats(ajv);
    validate = ajv.compile(discriminatedByType(schema));
    validators.set(version, validate);
  }
  return validate;
}

function parseVersion(value: unknown): [number, number] | undefined {
  const match = typeof value === 'string' ? /^(\d{1,3})\.(\d{1,3})$/.exec(value) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function compare(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
