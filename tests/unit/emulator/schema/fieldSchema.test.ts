import { fieldFixture, listFixture } from '../fixtures';
import {
  buildFieldRecord,
  fieldSpecFromRest,
  fieldSpecFromXml,
} from '../../../../emulators/sharepoint/schema/fieldSpec';
import {
  decodeName,
  encodeName,
  entityPropertyName,
  listNames,
  newInternalName,
} from '../../../../emulators/sharepoint/schema/internalNames';

describe('internal names', () => {
  it('encodes spaces, non-ASCII letters and punctuation as _xHHHH_ and keeps letters, digits and _', () => {
    expect(encodeName('Antal årsarbetare')).toBe('Antal_x0020__x00e5_rsarbetare');
    expect(encodeName('Kontor-Namn_2')).toBe('Kontor_x002d_Namn_2');
    expect(encodeName('1:a linjen')).toBe('_x0031__x003a_a_x0020_linjen');
    expect(decodeName('Antal_x0020__x00e5_rsarbetare')).toBe('Antal årsarbetare');
  });

  it('cuts at 32 characters, even inside an escape, and numbers names that are taken', () => {
    expect(newInternalName('Значимость', () => false)).toBe('_x0417__x043d__x0430__x0447__x04');
    const taken = new Set(['Title', 'Title0']);
    expect(newInternalName('Title', (name) => taken.has(name))).toBe('Title1');
    const long = newInternalName(
      'Abcdefghijklmnopqrstuvwxyzabcdefgh',
      (name) => name.length === 32 && name.endsWith('f'),
    );
    expect(long).toBe('Abcdefghijklmnopqrstuvwxyzabcde0');
  });

  it('prefixes REST property names of fields that start with _ with OData_', () => {
    expect(entityPropertyName('_UIVersionString')).toBe('OData__UIVersionString');
    expect(entityPropertyName('Sektor')).toBe('Sektor');
  });

  it('derives a list’s URL and entity type names from its title', () => {
    expect(listNames({ title: 'Inventering', baseTemplate: 100 })).toEqual({
      urlName: 'Inventering',
      entityTypeName: 'InventeringList',
    });
    expect(listNames({ title: 'Stöd 2018', baseTemplate: 101 })).toEqual({
      urlName: 'Stöd 2018',
      entityTypeName: 'St_x00f6_d_x0020_2018',
    });
  });
});

describe('field definitions', () => {
  const { list, fields } = listFixture('Inventering');

  it('reads schema XML: type, display name, flags, lengths, ranges, choices and default', () => {
    const spec = fieldSpecFromXml(
      `<Field Type="Choice" DisplayName="Var finns stödet" Name="Placering" StaticName="Placering" Required="TRUE" Indexed="TRUE"
         EnforceUniqueValues="FALSE" Description="Var &amp; hur"><CHOICES><CHOICE>Enhet</CHOICE><CHOICE>Sektor</CHOICE></CHOICES><Default>Enhet</Default></Field>`,
      { useNameAsInternalName: false, resolveList: () => undefined },
    );
    expect(spec).toMatchObject({
      title: 'Var finns stödet',
      fieldTypeKind: 6,
      staticName: 'Placering',
      required: true,
      indexed: true,
      enforceUniqueValues: false,
      description: 'Var & hur',
      choices: ['Enhet', 'Sektor'],
      defaultValue: 'Enhet',
    });
    expect(spec.internalNameHint).toBeUndefined();
    const record = buildFieldRecord(spec, { listId: list.id, existing: fields });
    // Without AddFieldInternalNameHint SharePoint names the field after its display name.
    expect(record.internalName).toBe('Var_x0020_finns_x0020_st_x00f6_d');
  });

  it('uses Name as the internal name with AddFieldInternalNameHint, and reads numbers, users and lookups', () => {
    const number = fieldSpecFromXml(
      '<Field Type="Number" DisplayName="Årsarbetare" Name="Arsarbetare" Min="0" Max="1000" Decimals="2" />',
      {
        useNameAsInternalName: true,
        resolveList: () => undefined,
      },
    );
    expect(buildFieldRecord(number, { listId: list.id, existing: fields })).toMatchObject({
      internalName: 'Arsarbetare',
      minimumValue: 0,
      maximumValue: 1000,
      decimals: 2,
      typeAsString: 'Number',
    });
    const users = fieldSpecFromXml(
      '<Field Type="UserMulti" DisplayName="Granskare" Name="Granskare" UserSelectionMode="PeopleOnly" Mult="TRUE" />',
      {
        useNameAsInternalName: true,
        resolveList: () => undefined,
      },
    );
    expect(buildFieldRecord(users, { listId: list.id, existing: fields })).toMatchObject({
      fieldTypeKind: 20,
      allowMultipleValues: true,
      selectionMode: 0,
      typeAsString: 'UserMulti',
    });
    const lookup = fieldSpecFromXml(
      '<Field Type="Lookup" DisplayName="Sektor" Name="Sektor" List="Lists/Sektorer" ShowField="Namn" />',
      {
        useNameAsInternalName: true,
        resolveList: (reference) => (reference === 'Lists/Sektorer' ? 'sektor-list-id' : undefined),
      },
    );
    expect(lookup).toMatchObject({ fieldTypeKind: 7, lookupListId: 'sektor-list-id', lookupField: 'Namn' });
  });

  it('refuses malformed XML, unknown types and unknown lookup lists with SharePoint errors', () => {
    const options = { useNameAsInternalName: false, resolveList: () => undefined };
    expect(() => fieldSpecFromXml('<Field Type="Text" DisplayName="x"', options)).toThrow(
      expect.objectContaining({ status: 400 }) as Error,
    );
    expect(() => fieldSpecFromXml('<Field Type="Blob" DisplayName="x" />', options)).toThrow(
      expect.objectContaining({ status: 400 }) as Error,
    );
    expect(() => fieldSpecFromXml('<Field Type="Calculated" DisplayName="x" />', options)).toThrow(
      expect.objectContaining({ status: 501 }) as Error,
    );
    expect(() => fieldSpecFromXml('<Field Type="Lookup" DisplayName="x" List="{nope}" />', options)).toThrow(
      expect.objectContaining({ status: 404 }) as Error,
    );
  });

  it('reads fields.add bodies (verbose Choices) and AddField parameters, keeping unknown properties', () => {
    const spec = fieldSpecFromRest({
      __metadata: { type: 'SP.FieldChoice' },
      Title: 'Kvalitet',
      FieldTypeKind: 6,
      Choices: { results: ['1', '2', '3'] },
      EditFormat: 1,
    });
    expect(spec).toMatchObject({
      title: 'Kvalitet',
      fieldTypeKind: 6,
      choices: ['1', '2', '3'],
      extra: { EditFormat: 1 },
    });
    const lookup = fieldSpecFromRest({
      Title: 'Kontor',
      FieldTypeKind: 7,
      LookupListId: '{ABC}',
      LookupFieldName: 'Title',
    });
    expect(lookup).toMatchObject({ lookupListId: 'abc', lookupField: 'Title' });
  });

  it('refuses a second field with the same display name or hinted internal name', () => {
    const existing = [...fields, fieldFixture(list, 'Sektor', { title: 'Sektor' })];
    expect(() =>
      buildFieldRecord(fieldSpecFromRest({ Title: 'sektor', FieldTypeKind: 2 }), {
        listId: list.id,
        existing,
      }),
    ).toThrow(/A duplicate field name/);
    const hinted = fieldSpecFromXml('<Field Type="Text" DisplayName="Annan" Name="Sektor" />', {
      useNameAsInternalName: true,
      resolveList: () => undefined,
    });
    expect(() => buildFieldRecord(hinted, { listId: list.id, existing })).toThrow(
      /A duplicate field name "Sektor"/,
    );
  });
});
