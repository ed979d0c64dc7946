import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { ListRecord, ViewRecord } from '../model/records';
import { typedCollection } from '../odata/format';
import { escapeXml } from '../schema/xml';

/** The `<FieldRef Name="…" />` elements of a view's fields, in order. */
export function viewFieldsXml(view: ViewRecord): string {
  return view.viewFields.map((name) => `<FieldRef Name="${escapeXml(name)}" />`).join('');
}

/** A view as SharePoint describes SP.View. */
export function describeView(ctx: RequestContext, list: ListRecord, view: ViewRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')`;
  const url = apiUrl(ctx, editLink);
  const listViewXml =
    `<View Name="{${view.id.toUpperCase()}}" ${view.defaultView ? 'DefaultView="TRUE" ' : ''}Type="HTML" ` +
    `DisplayName="${escapeXml(view.title)}" Url="${escapeXml(view.serverRelativeUrl)}" Level="1" BaseViewID="1" ContentTypeID="0x">` +
    `<Query>${view.viewQuery}</Query><ViewFields>${viewFieldsXml(view)}</ViewFields>` +
    `<RowLimit Paged="${view.paged ? 'TRUE' : 'FALSE'}">${view.rowLimit}</RowLimit></View>`;
  return {
    meta: { type: 'SP.View', id: url, uri: url, editLink, metadata: 'SP.ApiData.Views/@Element' },
    props: {
      Aggregations: null,
      AggregationsStatus: null,
      BaseViewId: '1',
      DefaultView: view.defaultView,
      DefaultViewForContentType: false,
      EditorModified: false,
      Formats: null,
      Hidden: view.hidden,
      HtmlSchemaXml: listViewXml,
      Id: view.id,
      ImageUrl: '/_layouts/15/images/generic.png?rev=47',
      IncludeRootFolder: false,
      ViewJoins: null,
      JSLink: 'clienttemplates.js',
      ListViewXml: listViewXml,
      Method: null,
      MobileDefaultView: false,
      MobileView: false,
      ModerationType: null,
      OrderedView: /<OrderBy/i.test(view.viewQuery),
      Paged: view.paged,
      PersonalView: view.personalView,
      ViewProjectedFields: null,
      ViewQuery: view.viewQuery,
      ReadOnlyView: false,
      RequiresClientIntegration: false,
      RowLimit: view.rowLimit,
      Scope: 0,
      ServerRelativeUrl: view.serverRelativeUrl,
      StyleId: null,
      Threaded: false,
      Title: view.title,
      Toolbar: '',
      ToolbarTemplateName: null,
      ViewType: 'HTML',
      ViewData: null,
      VisualizationInfo: null,
      ...view.extra,
    },
    navigation: {
      ViewFields: {
        link: { uri: `${url}/ViewFields`, editLink: `${editLink}/ViewFields` },
        resolve: () => describeViewFields(ctx, list, view),
      },
    },
  };
}

export function describeViewFields(ctx: RequestContext, list: ListRecord, view: ViewRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')/ViewFields`;
  const url = apiUrl(ctx, editLink);
  return {
    meta: {
      type: 'SP.ViewFieldCollection',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.ViewFieldCollections/@Element',
    },
    props: { SchemaXml: viewFieldsXml(view), Items: typedCollection('Edm.String', [...view.viewFields]) },
  };
}
