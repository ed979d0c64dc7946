import { randomUUID } from 'node:crypto';
import type { FieldRecord } from '../model/records';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { FieldTypeKind, kindFromTypeName, typeAsString } from './fieldTypes';
import { newInternalName } from './internalNames';
import { childNamed, escapeXml, parseXmlElement } from './xml';

/** What a new field is made from, whichever API created it (`fields.add`, `AddField`, `createfieldasxml`). */
export interface FieldSpec {
  title: string;
  fieldTypeKind: number;
  /** The internal name asked for (Field XML `Name` with AddFieldInternalNameHint); else it comes from `title`. */
  internalNameHint?: string;
  staticName?: string;
  id?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  hidden?: boolean;
  description?: string;
  group?: string;
  defaultValue?: string | null;
  maxLength?: number;
  choices?: string[];
  minimumValue?: number;
  maximumValue?: number;
  decimals?: number;
  lookupListId?: string;
  lookupField?: string;
  allowMultipleValues?: boolean;
  selectionMode?: number;
  schemaXml?: string;
  /** Documented properties kept as written ({@link KEPT_FIELD_PROPERTIES}). */
  extra: Record<string, unknown>;
}

/** Field kinds the emulator can create (the ones PnPjs's helpers and the app use). */
const CREATABLE: ReadonlySet<number> = new Set([
  FieldTypeKind.Integer,
  FieldTypeKind.Text,
  FieldTypeKind.Note,
  FieldTypeKind.DateTime,
  FieldTypeKind.Choice,
  FieldTypeKind.Lookup,
  FieldTypeKind.Boolean,
  FieldTypeKind.Number,
  FieldTypeKind.Currency,
  FieldTypeKind.URL,
  FieldTypeKind.MultiChoice,
  FieldTypeKind.User,
]);

/**
 * Documented field properties the emulator keeps as written and acts on in no way (the table in
 * `entities/entityTypes.ts` says which field types have them); every other property of a write is read into the
 * record's own fields or refused before it gets here.
 */
export const KEPT_FIELD_PROPERTIES: readonly string[] = [
  'AllowHyperlink',
  'AppendOnly',
  'NumberOfLines',
  'RestrictedMode',
  'RichText',
  'EditFormat',
  'FillInChoice',
  'DisplayFormat',
  'CurrencyLocaleId',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
];

/** The kept properties a write body sets. */
export function keptFieldProperties(body: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of KEPT_FIELD_PROPERTIES) if (body[name] !== undefined) kept[name] = body[name];
  return kept;
}

/**
 * Reads a field from a REST body: `fields.add`'s SP.Field* entity or `AddField`'s SP.FieldCreationInformation,
 * whose property names the handler has checked.
 * @throws SpError when the title or kind is missing or the kind cannot be created here.
 */
export function fieldSpecFromRest(body: Record<string, unknown>): FieldSpec {
  const title = body.Title;
  const kind = Number(body.FieldTypeKind);
  if (typeof title !== 'string' || title.trim() === '')
    throw SpErrorFactory.invalidArgument({ message: 'The field title must not be empty.' });
  requireCreatable(kind);
  const choices = body.Choices;
  return {
    title,
    fieldTypeKind: kind,
    staticName: optionalString(body.StaticName),
    required: optionalBoolean(body.Required),
    indexed: optionalBoolean(body.Indexed),
    enforceUniqueValues: optionalBoolean(body.EnforceUniqueValues),
    hidden: optionalBoolean(body.Hidden),
    description: optionalString(body.Description),
    group: optionalString(body.Group),
    defaultValue:
      body.DefaultValue === undefined
        ? undefined
        : body.DefaultValue === null
          ? null
          : String(body.DefaultValue),
    maxLength: optionalNumber(body.MaxLength),
    choices: Array.isArray(choices)
      ? choices.map(String)
      : isResults(choices)
        ? choices.results.map(String)
        : undefined,
    minimumValue: optionalNumber(body.MinimumValue),
    maximumValue: optionalNumber(body.MaximumValue),
    lookupListId: optionalString(body.LookupListId)?.replace(/[{}]/g, '').toLowerCase(),
    lookupField: optionalString(body.LookupFieldName) ?? optionalString(body.LookupField),
    allowMultipleValues: optionalBoolean(body.AllowMultipleValues),
    selectionMode: optionalNumber(body.SelectionMode),
    extra: keptFieldProperties(body),
  };
}

/**
 * Reads `<Field …/>` schema XML. As SharePoint does, the internal name comes from `DisplayName` unless
 * `useNameAsInternalName` (AddFieldOptions.AddFieldInternalNameHint, 8) is set.
 * @throws SpError when the XML is not well-formed or names an unknown type or lookup list.
 */
export function fieldSpecFromXml(
  xml: string,
  options: { useNameAsInternalName: boolean; resolveList: (reference: string) => string | undefined },
): FieldSpec {
  let element;
  try {
    element = parseXmlElement(xml);
  } catch (error) {
    throw SpErrorFactory.invalidArgument({
      message: `The Field schema XML is not valid: ${(error as Error).message}`,
    });
  }
  if (element.name !== 'Field')
    throw SpErrorFactory.invalidArgument({ message: 'The schema XML must be one <Field> element.' });
  const attribute = (name: string): string | undefined => {
    const key = Object.keys(element.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : element.attributes[key];
  };
  const typeName = attribute('Type');
  const type = typeName === undefined ? undefined : kindFromTypeName(typeName);
  if (!type)
    throw SpErrorFactory.invalidArgument({ message: `The field type '${typeName ?? ''}' is not valid.` });
  requireCreatable(type.kind, typeName);
  const name = attribute('Name');
  const staticName = attribute('StaticName') ?? name;
  const title = attribute('DisplayName') ?? name ?? staticName;
  if (!title)
    throw SpErrorFactory.invalidArgument({ message: 'The Field element needs DisplayName or Name.' });
  let lookupListId: string | undefined;
  const listReference = attribute('List');
  if (listReference !== undefined) {
    lookupListId = options.resolveList(listReference);
    if (!lookupListId) throw SpErrorFactory.listNotFound();
  }
  const choices = childNamed(element, 'CHOICES')
    ?.children.filter((c) => c.name.toUpperCase() === 'CHOICE')
    .map((c) => c.text);
  const defaultElement = childNamed(element, 'Default');
  const selection = attribute('UserSelectionMode');
  const format = attribute('Format');
  const extra: Record<string, unknown> = {};
  // DateTime: DateOnly 0, DateTime 1; URL: Hyperlink 0, Image 1.
  if (format !== undefined) extra.DisplayFormat = /^(datetime|image)$/i.test(format) ? 1 : 0;
  const appendOnly = attribute('AppendOnly');
  if (appendOnly !== undefined) extra.AppendOnly = xmlBoolean(appendOnly);
  const richText = attribute('RichText');
  if (richText !== undefined) extra.RichText = xmlBoolean(richText);
  const lines = attribute('NumLines');
  if (lines !== undefined) extra.NumberOfLines = Number(lines);
  return {
    title,
    fieldTypeKind: type.kind,
    internalNameHint: options.useNameAsInternalName ? (name ?? staticName) : undefined,
    staticName,
    id: attribute('ID')?.replace(/[{}]/g, '').toLowerCase(),
    required: xmlBoolean(attribute('Required')),
    indexed: xmlBoolean(attribute('Indexed')),
    enforceUniqueValues: xmlBoolean(attribute('EnforceUniqueValues')),
    hidden: xmlBoolean(attribute('Hidden')),
    description: attribute('Description'),
    group: attribute('Group'),
    defaultValue: defaultElement ? defaultElement.text : undefined,
    maxLength: optionalNumber(attribute('MaxLength')),
    choices,
    minimumValue: optionalNumber(attribute('Min')),
    maximumValue: optionalNumber(attribute('Max')),
    decimals: optionalNumber(attribute('Decimals')),
    lookupListId,
    lookupField: attribute('ShowField'),
    allowMultipleValues: type.multi || xmlBoolean(attribute('Mult')),
    selectionMode:
      selection === undefined
        ? undefined
        : selection === '0' || selection.toLowerCase() === 'peopleonly'
          ? 0
          : 1,
    schemaXml: xml,
    extra,
  };
}

/**
 * The stored field for a spec on a list with `existing` fields.
 * @throws SpError when the display name or the hinted internal name is already taken.
 */
export function buildFieldRecord(
  spec: FieldSpec,
  options: { listId: string; existing: readonly FieldRecord[] },
): FieldRecord {
  const takenNames = new Set(options.existing.map((f) => f.internalName.toLowerCase()));
  const visibleTitle = spec.title.toLowerCase();
  if (options.existing.some((f) => !f.hidden && f.title.toLowerCase() === visibleTitle && !f.fromBaseType)) {
    throw SpErrorFactory.duplicateField({ name: spec.title });
  }
  let internalName: string;
  if (spec.internalNameHint !== undefined) {
    if (takenNames.has(spec.internalNameHint.toLowerCase()))
      throw SpErrorFactory.duplicateField({ name: spec.internalNameHint });
    internalName = spec.internalNameHint;
  } else {
    internalName = newInternalName(spec.title, (name) => takenNames.has(name.toLowerCase()));
  }
  const multi = spec.allowMultipleValues ?? false;
  const order = options.existing.reduce((max, f) => Math.max(max, f.order), -1) + 1;
  const record: FieldRecord = {
    id: spec.id ?? randomUUID(),
    listId: options.listId,
    internalName,
    staticName: spec.staticName ?? internalName,
    title: spec.title,
    fieldTypeKind: spec.fieldTypeKind,
    typeAsString: typeAsString({ fieldTypeKind: spec.fieldTypeKind, allowMultipleValues: multi }),
    required: spec.required ?? false,
    indexed: spec.indexed ?? false,
    enforceUniqueValues: spec.enforceUniqueValues ?? false,
    hidden: spec.hidden ?? false,
    readOnlyField: false,
    fromBaseType: false,
    description: spec.description ?? '',
    group: spec.group ?? 'Custom Columns',
    defaultValue: spec.defaultValue ?? null,
    ...(spec.fieldTypeKind === FieldTypeKind.Text && { maxLength: spec.maxLength ?? 255 }),
    ...(spec.choices !== undefined && { choices: spec.choices }),
    ...(spec.minimumValue !== undefined && { minimumValue: spec.minimumValue }),
    ...(spec.maximumValue !== undefined && { maximumValue: spec.maximumValue }),
    ...(spec.decimals !== undefined && { decimals: spec.decimals }),
    ...(spec.fieldTypeKind === FieldTypeKind.Lookup && {
      lookupListId: spec.lookupListId ?? '',
      lookupField: spec.lookupField ?? 'Title',
    }),
    ...((spec.fieldTypeKind === FieldTypeKind.Lookup || spec.fieldTypeKind === FieldTypeKind.User) && {
      allowMultipleValues: multi,
    }),
    ...(spec.fieldTypeKind === FieldTypeKind.User && { selectionMode: spec.selectionMode ?? 1 }),
    order,
    extra: spec.extra,
  };
  return { ...record, schemaXml: spec.schemaXml ?? fieldSchemaXml(record) };
}

/** The `SchemaXml` of a field created through REST properties. */
export function fieldSchemaXml(field: FieldRecord): string {
  const attributes: [string, string | number | boolean | undefined][] = [
    ['Type', field.typeAsString],
    ['DisplayName', field.title],
    ['Required', field.required ? 'TRUE' : 'FALSE'],
    ['EnforceUniqueValues', field.enforceUniqueValues ? 'TRUE' : 'FALSE'],
    ['Indexed', field.indexed ? 'TRUE' : 'FALSE'],
    ['MaxLength', field.maxLength],
    ['Min', field.minimumValue],
    ['Max', field.maximumValue],
    ['Decimals', field.decimals],
    ['List', field.lookupListId === undefined ? undefined : `{${field.lookupListId}}`],
    ['ShowField', field.lookupField],
    ['Mult', field.allowMultipleValues ? 'TRUE' : undefined],
    ['UserSelectionMode', field.selectionMode],
    ['ID', `{${field.id}}`],
    ['SourceID', `{${field.listId}}`],
    ['StaticName', field.staticName],
    ['Name', field.internalName],
  ];
  const text = attributes
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
  const choices = field.choices
    ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`
    : '';
  const defaultValue =
    field.defaultValue === null ? '' : `<Default>${escapeXml(field.defaultValue)}</Default>`;
  return choices || defaultValue ? `<Field ${text}>${choices}${defaultValue}</Field>` : `<Field ${text} />`;
}

/** @throws SpError 501 for a field kind the emulator does not create (Calculated, Location…). */
export function requireCreatable(kind: number, typeName?: string): void {
  if (!CREATABLE.has(kind)) {
    throw SpErrorFactory.notImplemented({ what: `Type=${typeName ?? `FieldTypeKind ${kind}`}` });
  }
}

function isResults(value: unknown): value is { results: unknown[] } {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)
  );
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'TRUE') return true;
  if (value === 'false' || value === 'FALSE') return false;
  return undefined;
}

function optionalNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function xmlBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toUpperCase() === 'TRUE';
}
