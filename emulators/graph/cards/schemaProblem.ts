import type { ErrorObject } from 'ajv';

type JsonSchema = Record<string, unknown>;

/**
 * The schema with each `ImplementationsOf.*` choice (every element, action or input type as one branch of an
 * `anyOf`) turned into one `if`/`then` per type, keyed on the element's own `type`, plus one check that `type`
 * is a known one. Valid and invalid cards stay the same; what changes is the report: Ajv reports every failed
 * `anyOf` branch, so one bad property in a TextBlock came back as dozens of "type must be ActionSet/ColumnSet/…"
 * errors, while here only the TextBlock's own rules can fail. Choices whose branches do not all pin `type`
 * (`TextRun` may also be a plain string) are left as they are.
 */
export function discriminatedByType(schema: JsonSchema): JsonSchema {
  const definitions = schema.definitions as Record<string, JsonSchema>;
  const rewritten: Record<string, JsonSchema> = { ...definitions };
  for (const [name, definition] of Object.entries(definitions)) {
    if (!name.startsWith('ImplementationsOf.') || !Array.isArray(definition.anyOf)) continue;
    const branches = (definition.anyOf as JsonSchema[]).map((branch) => ({
      branch,
      types: typeEnumOf(definitions, branch),
    }));
    if (branches.length < 2 || branches.some(({ types }) => types === undefined)) continue;
    const known = branches.flatMap(({ types }) => types!);
    rewritten[name] = {
      allOf: [
        { required: ['type'], properties: { type: { enum: known } } },
        ...branches.map(({ branch, types }) => ({
          if: { required: ['type'], properties: { type: { enum: types } } },
          then: branch,
        })),
      ],
    };
  }
  return { ...schema, definitions: rewritten };
}

function typeEnumOf(definitions: Record<string, JsonSchema>, branch: JsonSchema): unknown[] | undefined {
  const ref = ((branch.allOf as JsonSchema[] | undefined)?.[0]?.$ref ?? '') as string;
  const target = definitions[ref.replace('#/definitions/', '')];
  const type = (target?.properties as Record<string, JsonSchema> | undefined)?.type;
  return Array.isArray(type?.enum) ? type.enum : undefined;
}

/**
 * The first fault in the card, as `<JSON Pointer>: <what is wrong>`: of the errors no other error lies below (the
 * most specific ones), the one earliest in the card (array items in order, properties by name).
 */
export function schemaProblem(errors: readonly ErrorObject[]): string {
  const reported = errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'anyOf');
  const candidates = reported.length > 0 ? reported : errors;
  const leaves = candidates.filter(
    (error) => !candidates.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)),
  );
  const [chosen] = [...leaves].sort((a, b) => comparePaths(a.instancePath, b.instancePath));
  if (!chosen) return 'the card does not match the schema';
  return `${chosen.instancePath === '' ? '/' : chosen.instancePath}: ${describe(chosen)}`;
}

function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return left.length - right.length;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `property ${JSON.stringify(params.additionalProperty)} is not allowed`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}
