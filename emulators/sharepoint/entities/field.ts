import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { FieldRecord, ListRecord } from '../model/records';
import { typedCollection } from '../odata/format';
import { FieldTypeKind, fieldEntityType } from '../schema/fieldTypes';
import { fieldSchemaXml } from '../schema/fieldSpec';
import { entityPropertyName } from '../schema/internalNames';

/** A field as SharePoint describes it (SP.Field and its subtypes). */
export function describeField(ctx: RequestContext, list: ListRecord, field: FieldRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  const url = apiUrl(ctx, editLink);
  const typeDisplayName = field.typeAsString === 'Note' ? 'Multiple lines of text' : field.typeAsString;
  return {
    meta: {
      type: fieldEntityType(field),
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.Fields/@Element',
    },
    props: {
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
      ...field.extra,
    },
  };
}

function typeSpecificProps(ctx: RequestContext, field: FieldRecord): Record<string, unknown> {
  switch (field.fieldTypeKind) {
    case FieldTypeKind.Text:
      return { MaxLength: field.maxLength ?? 255 };
    case FieldTypeKind.Choice:
    case FieldTypeKind.MultiChoice:
      return {
        Choices: typedCollection('Edm.String', [...(field.choices ?? [])]),
        EditFormat: 0,
        FillInChoice: false,
        Mappings: null,
      };
    case FieldTypeKind.Number:
    case FieldTypeKind.Currency:
    case FieldTypeKind.Integer:
      return {
        MaximumValue: field.maximumValue ?? 1.7976931348623157e308,
        MinimumValue: field.minimumValue ?? -1.7976931348623157e308,
        ...(field.decimals !== undefined && { DisplayFormat: field.decimals }),
        ...(field.fieldTypeKind === FieldTypeKind.Currency && { CurrencyLocaleId: 1033 }),
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
      return { DateTimeCalendarType: 0, DisplayFormat: 0, FriendlyDisplayFormat: 0 };
    default:
      return {};
  }
}
