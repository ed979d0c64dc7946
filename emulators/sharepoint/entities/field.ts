import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { FieldRecord, ListRecord } from '../model/records';
import { typedCollection } from '../odata/format';
import { FieldTypeKind, fieldEntityType } from '../schema/fieldTypes';
import { fieldSchemaXml } from '../schema/fieldSpec';
import { entityPropertyName } from '../schema/internalNames';
import { entityOf } from './entityOf';

/** A field as SharePoint describes it (SP.Field and its subtypes). */
export function describeField(ctx: RequestContext, list: ListRecord, field: FieldRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  const url = apiUrl(ctx, editLink);
  const typeDisplayName = field.typeAsString === 'Note' ? 'Multiple lines of text' : field.typeAsString;
  return entityOf({
    meta: {
      type: fieldEntityType(field),
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.Fields/@Element',
    },
    values: {
      AutoIndexed: false,
      CanBeDeleted: !field.fromBaseType,
      ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
      ClientSideComponentProperties: null,
      CustomFormatter: null,
      DefaultFormula: null,
      DefaultValue: field.defaultValue,
      Description: field.description,
      Direction: 'none',
      EnforceUniqueValues: field.enforceUniqueValues,
      EntityPropertyName: entityPropertyName(field.internalName),
      Filterable: true,
      FromBaseType: field.fromBaseType,
      Group: field.group,
      Hidden: field.hidden,
      Id: field.id,
      Indexed: field.indexed,
      IndexStatus: 0,
      InternalName: field.internalName,
      JSLink: null,
      PinnedToFiltersPane: false,
      ReadOnlyField: field.readOnlyField,
      Required: field.required,
      SchemaXml: field.schemaXml ?? fieldSchemaXml(field),
      Scope: list.rootFolderUrl,
      Sealed: field.fromBaseType,
      ShowInFiltersPane: 0,
      Sortable: true,
      StaticName: field.staticName,
      Title: field.title,
      FieldTypeKind: field.fieldTypeKind,
      TypeAsString: field.typeAsString,
      TypeDisplayName: typeDisplayName,
      TypeShortDescription: typeDisplayName,
      ValidationFormula: null,
      ValidationMessage: null,
      ...typeSpecificProps(ctx, field),
    },
  });
}

/**
 * The properties of a field's subtype (SP.FieldText, SP.FieldNumber…). Those the emulator only keeps (it acts on
 * none of them: RichText, NumberOfLines, DisplayFormat…) are read back as written, or else as SharePoint's
 * defaults for a new column.
 */
function typeSpecificProps(ctx: RequestContext, field: FieldRecord): Record<string, unknown> {
  const kept = <T>(name: string, fallback: T): unknown => field.extra[name] ?? fallback;
  switch (field.fieldTypeKind) {
    case FieldTypeKind.Text:
      return { MaxLength: field.maxLength ?? 255 };
    case FieldTypeKind.Note:
      return {
        AllowHyperlink: kept('AllowHyperlink', false),
        AppendOnly: kept('AppendOnly', false),
        NumberOfLines: kept('NumberOfLines', 6),
        RestrictedMode: kept('RestrictedMode', false),
        RichText: kept('RichText', false),
      };
    case FieldTypeKind.Choice:
    case FieldTypeKind.MultiChoice:
      return {
        Choices: typedCollection('Edm.String', [...(field.choices ?? [])]),
        ...(field.fieldTypeKind === FieldTypeKind.Choice && { EditFormat: kept('EditFormat', 0) }),
        FillInChoice: kept('FillInChoice', false),
        Mappings: null,
      };
    case FieldTypeKind.Number:
    case FieldTypeKind.Currency:
    case FieldTypeKind.Integer:
      return {
        // SPNumberFormatTypes: -1 Automatic unless the column was given its decimals
        // (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2007/bb258282(v=office.12)).
        DisplayFormat: field.decimals ?? kept('DisplayFormat', -1),
        MaximumValue: field.maximumValue ?? 1.7976931348623157e308,
        MinimumValue: field.minimumValue ?? -1.7976931348623157e308,
        ...(field.fieldTypeKind === FieldTypeKind.Currency && {
          CurrencyLocaleId: kept('CurrencyLocaleId', 1033),
        }),
      };
    case FieldTypeKind.Lookup:
      return {
        AllowMultipleValues: field.allowMultipleValues ?? false,
        IsRelationship: true,
        LookupField: field.lookupField ?? 'Title',
        LookupList: field.lookupListId ? `{${field.lookupListId}}` : '',
        LookupWebId: ctx.store.web().id,
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0,
        UnlimitedLengthInDocumentLibrary: false,
      };
    case FieldTypeKind.User:
      return {
        AllowDisplay: true,
        AllowMultipleValues: field.allowMultipleValues ?? false,
        LookupField: 'ImnName',
        LookupList: '{00000000-0000-0000-0000-000000000000}',
        Presence: true,
        SelectionGroup: 0,
        SelectionMode: field.selectionMode ?? 1,
      };
    case FieldTypeKind.DateTime:
      return {
        DateTimeCalendarType: kept('DateTimeCalendarType', 0),
        DisplayFormat: kept('DisplayFormat', 0),
        FriendlyDisplayFormat: kept('FriendlyDisplayFormat', 0),
      };
    case FieldTypeKind.URL:
      return { DisplayFormat: kept('DisplayFormat', 0) };
    default:
      return {};
  }
}
