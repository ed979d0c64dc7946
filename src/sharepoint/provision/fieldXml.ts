import { type FieldKind, type FieldSchema } from '../schema';

/** SharePoint's `TypeAsString` of each field kind (what a list's field reports, and the XML `Type`). */
export const typeAsString: Readonly<Record<FieldKind, string>> = {
  Text: 'Text',
  Note: 'Note',
  Number: 'Number',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  User: 'User',
};

/** SharePoint's FieldTypeKind number of each field kind (SP.FieldType). */
export const fieldTypeKind: Readonly<Record<FieldKind, number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Boolean: 8,
  Number: 9,
  MultiChoice: 15,
  User: 20,
};

/** The REST entity type of each field kind, sent with a field update (`SP.FieldText`, …). */
export const fieldEntityType: Readonly<Record<FieldKind, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Boolean: 'SP.Field',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
};

/** Text escaped for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const bool = (value: boolean | undefined): string => (value ? 'TRUE' : 'FALSE');

/**
 * The `SchemaXml` that `createfieldasxml` takes for a field. `Name` and `StaticName` carry the internal name, which
 * SharePoint uses only with `Options: 8` (AddFieldInternalNameHint); otherwise it derives one from `DisplayName`.
 */
export function fieldSchemaXml(field: FieldSchema): string {
  const attributes: [string, string][] = [
    ['Type', typeAsString[field.kind]],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Required', bool(field.required)],
  ];
  if (field.description !== undefined) attributes.push(['Description', field.description]);
  if (field.indexed) attributes.push(['Indexed', 'TRUE']);
  if (field.enforceUnique) attributes.push(['EnforceUniqueValues', 'TRUE']);
  switch (field.kind) {
    case 'Text':
      attributes.push(['MaxLength', String(field.maxLength ?? 255)]);
      break;
    case 'Note':
      // Plain text: the values are JSON or comments, and rich text would wrap them in HTML.
      attributes.push(['NumLines', '6'], ['RichText', 'FALSE'], ['AppendOnly', 'FALSE']);
      break;
    case 'Number':
      if (field.min !== undefined) attributes.push(['Min', String(field.min)]);
      if (field.max !== undefined) attributes.push(['Max', String(field.max)]);
      if (field.decimals !== undefined) attributes.push(['Decimals', String(field.decimals)]);
      break;
    case 'DateTime':
      attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'Choice':
      attributes.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      break;
    case 'MultiChoice':
      attributes.push(['FillInChoice', 'FALSE']);
      break;
    case 'User':
      attributes.push(['UserSelectionMode', 'PeopleOnly']);
      break;
    case 'Boolean':
      break;
  }
  const open = `<Field ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}`;
  if (field.kind !== 'Choice' && field.kind !== 'MultiChoice') return `${open} />`;
  const choices = (field.choices ?? []).map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('');
  return `${open}><CHOICES>${choices}</CHOICES></Field>`;
}
