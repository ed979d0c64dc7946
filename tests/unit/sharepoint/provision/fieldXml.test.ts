import { fieldSchemaXml } from '../../../../src/sharepoint/provision';
import { lists } from '../../../../src/sharepoint/schema';

describe('fieldSchemaXml', () => {
  it('writes the internal name as Name and StaticName, and the Swedish display name escaped', () => {
    const field = lists.organisation.fields.find((f) => f.internalName === 'UnitCode')!;
    expect(fieldSchemaXml(field)).toBe(
      '<Field Type="Text" Name="UnitCode" StaticName="UnitCode" DisplayName="Enhetskod" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="255" />',
    );
    expect(
      fieldSchemaXml({ internalName: 'X', displayName: 'Kultur & "fritid"', kind: 'Boolean' }),
    ).toContain('DisplayName="Kultur &amp; &quot;fritid&quot;"');
  });

  it('writes choices, number ranges, decimals and date-only formats', () => {
    const status = lists.inventeringar.fields.find((f) => f.internalName === 'Status')!;
    expect(fieldSchemaXml(status)).toMatch(
      /^<Field Type="Choice" .*Indexed="TRUE".*><CHOICES><CHOICE>Ej påbörjad<\/CHOICE><CHOICE>Utkast<\/CHOICE><CHOICE>Inskickad<\/CHOICE><\/CHOICES><\/Field>$/,
    );
    const quality = lists.inventeringsrader.fields.find((f) => f.internalName === 'Quality')!;
    expect(fieldSchemaXml(quality)).toContain('Min="1" Max="5" Decimals="0"');
    const opens = lists.perioder.fields.find((f) => f.internalName === 'OpensOn')!;
    expect(fieldSchemaXml(opens)).toContain('Format="DateOnly"');
    const note = lists.inventeringar.fields.find((f) => f.internalName === 'FirstLine')!;
    expect(fieldSchemaXml(note)).toContain('RichText="FALSE"');
  });

  it('gives every field of the schema an internal name SharePoint keeps (ASCII, no spaces, at most 32 characters)', () => {
    for (const list of Object.values(lists)) {
      for (const field of list.fields) expect(field.internalName).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
    }
  });
});
