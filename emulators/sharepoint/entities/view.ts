import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { ListRecord, ViewRecord } from '../model/records';
import { complexValue, typedCollection } from '../odata/format';
import { escapeXml } from '../schema/xml';
import { entityOf } from './entityOf';

/** SP.ViewScope, by number: Default 0, Recursive 1, RecursiveAll 2, FilesOnly 3. */
const VIEW_SCOPES = ['Default', 'Recursive', 'RecursiveAll', 'FilesOnly'] as const;

/** A view's SP.ViewScope number (kept as written by `views.add`, MERGE or `SetViewXml`; 0 unless set). */
export function viewScope(view: ViewRecord): number {
  const scope = view.extra.Scope;
  return typeof scope === 'number' && scope >= 0 && scope < VIEW_SCOPES.length ? scope : 0;
}

/** The `<FieldRef Name="…" />` elements of a view's fields, in order. */
export function viewFieldsXml(view: ViewRecord): string {
  return view.viewFields.map((name) => `<FieldRef Name="${escapeXml(name)}" />`).join('');
}

/** A view as SharePoint describes SP.View. */
export function describeView(ctx: RequestContext, list: ListRecord, view: ViewRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')`;
  const url = apiUrl(ctx, editLink);
  const scope = viewScope(view);
  const listViewXml =
    `<View Name="{${view.id.toUpperCase()}}" ${view.defaultView ? 'DefaultView="TRUE" ' : ''}Type="HTML" ` +
    (scope === 0 ? '' : `Scope="${VIEW_SCOPES[scope]}" `) +
    `DisplayName="${escapeXml(view.title)}" Url="${escapeXml(view.serverRelativeUrl)}" Level="1" BaseViewID="1" ContentTypeID="0x">` +
    `<Query>${view.viewQuery}</Query><ViewFields>${viewFieldsXml(view)}</ViewFields>` +
    `<RowLimit Paged="${view.paged ? 'TRUE' : 'FALSE'}">${view.rowLimit}</RowLimit></View>`;
  return entityOf({
    meta: { type: 'SP.View', id: url, uri: url, editLink, metadata: 'SP.ApiData.Views/@Element' },
    values: {
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
      Scope: scope,
      ServerRelativeUrl: view.serverRelativeUrl,
      StyleId: null,
      Threaded: false,
      Title: view.title,
      Toolbar: '',
      ToolbarTemplateName: null,
      ViewType: 'HTML',
      ViewData: null,
      VisualizationInfo: null,
    },
    selected: {
      ServerRelativePath: () => complexValue('SP.ResourcePath', { DecodedUrl: view.serverRelativeUrl }),
    },
    navigation: {
      ViewFields: {
        link: { uri: `${url}/ViewFields`, editLink: `${editLink}/ViewFields` },
        resolve: () => describeViewFields(ctx, list, view),
      },
    },
  });
}

export function describeViewFields(ctx: RequestContext, list: ListRecord, view: ViewRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')/ViewFields`;
  const url = apiUrl(ctx, editLink);
  return entityOf({
    meta: {
      type: 'SP.ViewFieldCollection',
      id: url,
      uri: url,
      editLink,
      metadata: 'SP.ApiData.ViewFieldCollections/@Element',
    },
    values: { SchemaXml: viewFieldsXml(view), Items: typedCollection('Edm.String', [...view.viewFields]) },
  });
}
