// The emulator's SharePoint-like list page, in the browser: renders one provisioned view — its columns, CAML
// filter, sort, grouping, row limit and folder scope — for the signed-in persona, through the same `/_api` and
// permissions as every client, and lets reviewers set a choice column (Status) and a note (the comment).
// Served transpiled by the emulator; it imports nothing (the page must not depend on the app in src/).
export {};

interface Persona {
  upn: string;
  name: string;
}

interface PageConfig {
  /** Absolute web URL, e.g. http://127.0.0.1:7071/sites/stodinventering */
  webUrl: string;
  /** The page's decoded server-relative path, e.g. /sites/stodinventering/Lists/Inventeringar/Attgranska.aspx */
  pagePath: string;
  personas: Persona[];
}

interface Session extends Persona {
  token: string;
}

interface FieldInfo {
  InternalName: string;
  EntityPropertyName: string;
  Title: string;
  TypeAsString: string;
  ReadOnlyField: boolean;
  Choices?: string[];
}

interface ViewInfo {
  Id: string;
  Title: string;
  ServerRelativeUrl: string;
  ViewQuery: string;
  RowLimit: number;
  Hidden: boolean;
  PersonalView: boolean;
  DefaultView: boolean;
  Scope: number;
  ViewFields: { Items: string[] };
}

type Row = Record<string, unknown> & { Id: number; 'odata.etag'?: string };

interface GroupLevel {
  field: FieldInfo;
  collapsed: boolean;
}

interface ViewModel {
  listId: string;
  listTitle: string;
  listUrl: string;
  view: ViewInfo;
  views: ViewInfo[];
  columns: FieldInfo[];
  fields: Map<string, FieldInfo>;
  groups: GroupLevel[];
  order: { name: string; descending: boolean }[];
  where: string;
  scope: string;
  folder: string | undefined;
}

const SESSION_KEY = 'spEmulator.session';
const SCOPES = ['', 'Recursive', 'RecursiveAll', 'FilesOnly'];
const ACCESS_DENIED =
  'Åtkomst nekad. Du har inte behörighet att utföra den här åtgärden. / Access denied. You do not have permission to perform this action or access this resource.';

const config = JSON.parse(document.getElementById('sp-config')!.textContent!) as PageConfig;
const apiBase = `${config.webUrl}/_api/`;
const els = {
  persona: document.getElementById('persona') as HTMLSelectElement,
  otherForm: document.getElementById('other-persona') as HTMLFormElement,
  otherUpn: document.getElementById('other-upn') as HTMLInputElement,
  signedIn: document.getElementById('signed-in')!,
  content: document.getElementById('content')!,
  message: document.getElementById('message')!,
  dialog: document.getElementById('comment-dialog') as HTMLDialogElement,
  dialogForm: document.getElementById('comment-form') as HTMLFormElement,
  dialogLabel: document.getElementById('comment-label')!,
  dialogHeading: document.getElementById('comment-heading')!,
  dialogText: document.getElementById('comment-text') as HTMLTextAreaElement,
  dialogCancel: document.getElementById('comment-cancel') as HTMLButtonElement,
};

/** Paging positions of the pages before the current one (PagingInfo strings; '' is the first page). */
let positions: string[] = [''];
let model: ViewModel | undefined;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// ---- session ---------------------------------------------------------------------------------------------

function session(): Session | undefined {
  const text = sessionStorage.getItem(SESSION_KEY);
  return text ? (JSON.parse(text) as Session) : undefined;
}

async function signIn(persona: Persona): Promise<void> {
  const res = await fetch('/_emulator/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ upn: persona.upn, ...(persona.name && { name: persona.name }) }),
  });
  const body = (await res.json()) as { access_token?: string; error?: { message?: { value?: string } } };
  if (!res.ok || !body.access_token)
    throw new ApiError(res.status, body.error?.message?.value ?? res.statusText);
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ ...persona, token: body.access_token }));
}

function showSession(): void {
  const current = session();
  els.signedIn.textContent = current
    ? `Inloggad som ${current.name || current.upn} (${current.upn})`
    : 'Inte inloggad';
  const known = current && config.personas.some((p) => p.upn === current.upn);
  els.persona.value = current ? (known ? current.upn : 'other') : '';
  els.otherForm.hidden = els.persona.value !== 'other';
  if (current && !known) els.otherUpn.value = current.upn;
}

// ---- REST -----------------------------------------------------------------------------------------------

async function api(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<{ json: unknown; headers: Headers }> {
  const current = session();
  if (!current) throw new ApiError(401, 'Välj en persona först. / Choose a persona first.');
  const headers: Record<string, string> = {
    Accept: 'application/json;odata=minimalmetadata',
    Authorization: `Bearer ${current.token}`,
    ...init.headers,
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json;charset=utf-8';
  let res = await fetch(apiBase + path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 401) {
    // The dev token expired: sign the same persona in again once.
    await signIn({ upn: current.upn, name: current.name });
    headers.Authorization = `Bearer ${session()!.token}`;
    res = await fetch(apiBase + path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  }
  const text = await res.text();
  const json: unknown = text.trim() === '' ? null : JSON.parse(text);
  if (!res.ok) {
    const error = (json as Record<string, { message?: { value?: string } }> | null)?.['odata.error'];
    throw new ApiError(res.status, error?.message?.value ?? res.statusText);
  }
  return { json, headers: res.headers };
}

function values<T>(json: unknown): T[] {
  return ((json as { value?: T[] }).value ?? []) as T[];
}

function quote(text: string): string {
  return `'${encodeURIComponent(text.replace(/'/g, "''"))}'`;
}

// ---- the view ---------------------------------------------------------------------------------------------

function listUrlOf(pagePath: string): string {
  const parts = pagePath.split('/');
  parts.pop();
  if (parts[parts.length - 1]?.toLowerCase() === 'forms') parts.pop();
  return parts.join('/');
}

async function loadModel(): Promise<ViewModel> {
  const listUrl = listUrlOf(config.pagePath);
  const list = `web/getList(${quote(listUrl)})`;
  const info = (await api(`${list}?$select=Id,Title`)).json as { Id: string; Title: string };
  const views = values<ViewInfo>(
    (
      await api(
        `${list}/views?$select=Id,Title,ServerRelativeUrl,ViewQuery,RowLimit,Hidden,PersonalView,DefaultView,Scope,ViewFields&$expand=ViewFields`,
      )
    ).json,
  );
  const fields = new Map(
    values<FieldInfo>((await api(`${list}/fields`)).json).map((f) => [f.InternalName.toLowerCase(), f]),
  );
  const wanted = config.pagePath.toLowerCase();
  const view = views.find((v) => v.ServerRelativeUrl.toLowerCase() === wanted);
  if (!view)
    throw new ApiError(404, `Vyn ${config.pagePath} finns inte i listan. / The view does not exist.`);
  const field = (name: string): FieldInfo => {
    // A view's title column is the computed LinkTitle; its value is Title.
    const key = /^LinkTitle(NoMenu)?$/i.test(name) ? 'title' : name.toLowerCase();
    const found = fields.get(key);
    if (!found) throw new ApiError(400, `Kolumnen ${name} finns inte. / Column ${name} does not exist.`);
    return found;
  };
  const query = new DOMParser().parseFromString(`<Query>${view.ViewQuery}</Query>`, 'application/xml');
  const serializer = new XMLSerializer();
  const where = query.querySelector('Where');
  const refs = (selector: string): Element[] => [...query.querySelectorAll(`${selector} > FieldRef`)];
  const collapse =
    (query.querySelector('GroupBy')?.getAttribute('Collapse') ?? 'FALSE').toUpperCase() === 'TRUE';
  const folder = new URLSearchParams(location.search).get('RootFolder') ?? undefined;
  return {
    listId: info.Id,
    listTitle: info.Title,
    listUrl,
    view,
    views: views.filter((v) => !v.Hidden && !v.PersonalView),
    columns: view.ViewFields.Items.map(field),
    fields,
    groups: refs('GroupBy').map((ref) => ({ field: field(ref.getAttribute('Name')!), collapsed: collapse })),
    order: refs('OrderBy').map((ref) => ({
      name: ref.getAttribute('Name')!,
      descending: (ref.getAttribute('Ascending') ?? 'TRUE').toUpperCase() === 'FALSE',
    })),
    where: where ? serializer.serializeToString(where) : '',
    scope: SCOPES[view.Scope] ?? '',
    folder: folder && folder.toLowerCase() !== listUrl.toLowerCase() ? folder : undefined,
  };
}

/** The sort of the page: the grouping columns first (SharePoint groups sorted rows), then the view's order. */
function sortKeys(m: ViewModel): { name: string; descending: boolean }[] {
  const grouped = m.groups.map((g) => ({ name: g.field.InternalName, descending: false }));
  return [...grouped, ...m.order.filter((o) => !grouped.some((g) => g.name === o.name))];
}

function viewXml(m: ViewModel, rowLimit: number, keys = sortKeys(m)): string {
  const scope = m.scope ? ` Scope='${m.scope}'` : '';
  const orderBy = keys
    .map((k) => `<FieldRef Name='${k.name}'${k.descending ? " Ascending='FALSE'" : ''}/>`)
    .join('');
  return `<View${scope}><Query>${m.where}${orderBy ? `<OrderBy>${orderBy}</OrderBy>` : ''}</Query><RowLimit>${rowLimit}</RowLimit></View>`;
}

function selectAndExpand(m: ViewModel, extra: FieldInfo[] = []): string {
  const select = new Set([
    'Id',
    'FileSystemObjectType',
    'FileLeafRef',
    'FileRef',
    'EffectiveBasePermissions',
  ]);
  const expand = new Set<string>();
  for (const f of [...m.columns, ...m.groups.map((g) => g.field), ...extra]) {
    if (/^(User|UserMulti|Lookup|LookupMulti)$/.test(f.TypeAsString)) {
      select.add(`${f.EntityPropertyName}/Title`);
      expand.add(f.EntityPropertyName);
    } else {
      select.add(f.EntityPropertyName);
    }
  }
  return `$select=${[...select].join(',')}${expand.size ? `&$expand=${[...expand].join(',')}` : ''}`;
}

async function getItems(
  m: ViewModel,
  options: { xml: string; query: string; pagingInfo?: string },
): Promise<Row[]> {
  const body = {
    query: {
      ViewXml: options.xml,
      ...(m.folder && { FolderServerRelativeUrl: m.folder }),
      ...(options.pagingInfo && { ListItemCollectionPosition: { PagingInfo: options.pagingInfo } }),
    },
  };
  const { json } = await api(`web/lists(guid'${m.listId}')/getitems?${options.query}`, {
    method: 'POST',
    body,
  });
  return values<Row>(json);
}

/** SharePoint's position after a row: `Paged=TRUE&p_<sort field>=<value>…&p_ID=<id>`. */
function pagingInfoAfter(m: ViewModel, row: Row): string {
  const parts = ['Paged=TRUE'];
  for (const key of sortKeys(m)) {
    if (/^ID$/i.test(key.name)) continue;
    const field = m.fields.get(key.name.toLowerCase());
    parts.push(
      `p_${key.name}=${encodeURIComponent(sortValue(field ? row[field.EntityPropertyName] : undefined))}`,
    );
  }
  parts.push(`p_ID=${row.Id}`);
  return parts.join('&');
}

function sortValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value))
    return `${value.slice(0, 4)}${value.slice(5, 7)}${value.slice(8, 10)} ${value.slice(11, 19)}`;
  return String(value);
}

/** How many rows the whole view has per group path (`Sektor\u001fKontor`), for the group headers' counts. */
async function groupCounts(m: ViewModel): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (m.groups.length === 0) return counts;
  const keys = m.groups.map((g) => ({ name: g.field.InternalName, descending: false }));
  const limit = 5000;
  let pagingInfo: string | undefined;
  for (;;) {
    const rows = await getItems(m, {
      xml: viewXml(m, limit, keys),
      query: selectAndExpand({ ...m, columns: [] }),
      ...(pagingInfo && { pagingInfo }),
    });
    for (const row of rows) {
      const path: string[] = [];
      for (const level of m.groups) {
        path.push(groupValue(level.field, row));
        const key = path.join('\u001f');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    if (rows.length < limit) return counts;
    pagingInfo = pagingInfoAfter({ ...m, order: [] }, rows[rows.length - 1]!);
  }
}

// ---- rendering --------------------------------------------------------------------------------------------

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

function display(field: FieldInfo, row: Row): string {
  const value = row[field.EntityPropertyName];
  if (value === null || value === undefined) return '';
  switch (field.TypeAsString) {
    case 'DateTime':
      return new Date(String(value)).toLocaleString('sv-SE', { timeZone: 'UTC' }).slice(0, 16);
    case 'Number':
    case 'Currency':
      return Number(value).toLocaleString('sv-SE');
    case 'Boolean':
      return value ? 'Ja' : 'Nej';
    case 'MultiChoice':
      return (value as string[]).join(', ');
    case 'User':
    case 'Lookup':
      return String((value as { Title?: unknown }).Title ?? '');
    case 'UserMulti':
    case 'LookupMulti':
      return (value as { Title?: unknown }[]).map((v) => String(v.Title ?? '')).join(', ');
    default:
      return String(value);
  }
}

function groupValue(field: FieldInfo, row: Row): string {
  return display(field, row);
}

function rowTitle(row: Row): string {
  return String(row.Title ?? row.FileLeafRef ?? row.Id);
}

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  els.message.textContent = text;
  els.message.className = kind === 'error' ? 'message error' : text ? 'message' : 'message empty';
}

function editable(field: FieldInfo): 'choice' | 'note' | undefined {
  if (field.ReadOnlyField) return undefined;
  if (field.TypeAsString === 'Choice') return 'choice';
  if (field.TypeAsString === 'Note') return 'note';
  return undefined;
}

/** Whether the persona may edit the row (EditListItems, SP.PermissionKind 3 = bit 2 of Low), as SharePoint's UI asks. */
function canEdit(row: Row): boolean {
  const mask = row.EffectiveBasePermissions as { Low?: string | number } | undefined;
  return mask === undefined || (Number(mask.Low ?? 0) & 4) !== 0;
}

function cell(m: ViewModel, field: FieldInfo, row: Row): HTMLTableCellElement {
  const td = h('td');
  if (row.FileSystemObjectType === 1 && field.InternalName === 'Title') {
    const url = new URL(location.href);
    url.searchParams.set('RootFolder', String(row.FileRef));
    td.append(
      h('a', { href: url.pathname + url.search, class: 'folder', text: `Mapp: ${String(row.FileLeafRef)}` }),
    );
    return td;
  }
  const kind = row.FileSystemObjectType === 1 || !canEdit(row) ? undefined : editable(field);
  if (kind === 'choice') {
    const select = h('select', { 'aria-label': `${field.Title}, ${rowTitle(row)}` });
    const current = String(row[field.EntityPropertyName] ?? '');
    const choices = field.Choices ?? [];
    for (const choice of current && !choices.includes(current) ? [current, ...choices] : choices)
      select.append(h('option', { value: choice, text: choice }));
    select.value = current;
    select.addEventListener('change', () => {
      void save(m, { row, field, value: select.value }).then((ok) => {
        if (!ok) select.value = String(row[field.EntityPropertyName] ?? '');
      });
    });
    td.append(select);
    return td;
  }
  if (kind === 'note') {
    const text = h('span', { class: 'note', text: display(field, row) });
    const button = h('button', {
      type: 'button',
      class: 'link-button',
      'aria-label': `Redigera ${field.Title.toLowerCase()}, ${rowTitle(row)}`,
      text: 'Redigera',
    });
    button.addEventListener('click', () => editNote(m, { row, field, text }));
    td.append(text, ' ', button);
    return td;
  }
  td.textContent = display(field, row);
  return td;
}

function render(m: ViewModel, rows: Row[], counts: Map<string, number>, more: boolean): void {
  document.title = `${m.view.Title} – ${m.listTitle} – Stödinventering`;
  const nav = h('nav', { 'aria-label': 'Vyer', class: 'views' });
  const list = h('ul');
  for (const v of m.views) {
    const link = h('a', {
      href: v.ServerRelativeUrl.split('/').map(encodeURIComponent).join('/'),
      text: v.Title,
    });
    if (v.Id === m.view.Id) link.setAttribute('aria-current', 'page');
    list.append(h('li', {}, link));
  }
  nav.append(list);

  const heading = h('h1', { text: m.listTitle });
  const crumbs = m.folder
    ? h(
        'p',
        { class: 'crumbs' },
        h('a', { href: location.pathname, text: m.listTitle }),
        ` › ${m.folder.slice(m.folder.lastIndexOf('/') + 1)}`,
      )
    : '';
  const first = (positions.length - 1) * m.view.RowLimit + 1;
  const table = h('table', { class: 'list' });
  table.append(
    h('caption', {
      text: rows.length
        ? `${m.view.Title}: objekt ${first}–${first + rows.length - 1}`
        : `${m.view.Title}: inga objekt att visa`,
    }),
  );
  const head = h('tr');
  for (const column of m.columns) head.append(h('th', { scope: 'col', text: column.Title }));
  table.append(h('thead', {}, head));

  const collapsed = new Set<string>();
  let body = h('tbody');
  const opened: string[] = [];
  const width = String(Math.max(1, m.columns.length));
  for (const row of rows) {
    const path = m.groups.map((g) => groupValue(g.field, row));
    m.groups.forEach((level, depth) => {
      if (opened.length > depth && path.slice(0, depth + 1).every((v, i) => v === opened[i])) return;
      opened.length = depth;
      opened[depth] = path[depth]!;
      if (depth === 0 && body.childElementCount > 0) {
        table.append(body);
        body = h('tbody');
      }
      const key = path.slice(0, depth + 1).join('\u001f');
      if (level.collapsed) collapsed.add(key);
      const toggle = h('button', {
        type: 'button',
        class: 'group-toggle',
        'aria-expanded': String(!level.collapsed),
        text: `${level.field.Title}: ${path[depth] || '(tom)'} (${counts.get(key) ?? 0})`,
      });
      toggle.addEventListener('click', () => {
        if (collapsed.has(key)) collapsed.delete(key);
        else collapsed.add(key);
        toggle.setAttribute('aria-expanded', String(!collapsed.has(key)));
        applyCollapsed(table, collapsed);
      });
      const within = path.slice(0, depth).join('\u001f');
      const th = h('th', { colspan: width, scope: 'rowgroup' }, toggle);
      body.append(h('tr', { class: `group level-${depth}`, 'data-within': within }, th));
    });
    const tr = h('tr', { 'data-within': path.join('\u001f'), 'data-id': String(row.Id) });
    for (const column of m.columns) tr.append(cell(m, column, row));
    body.append(tr);
  }
  table.append(body);
  applyCollapsed(table, collapsed);

  const pager = h('nav', { 'aria-label': 'Sidor', class: 'pager' });
  const previous = h('button', { type: 'button', text: 'Föregående' });
  previous.disabled = positions.length <= 1;
  previous.addEventListener('click', () => {
    positions.pop();
    void show();
  });
  const next = h('button', { type: 'button', text: 'Nästa' });
  next.disabled = !more;
  next.addEventListener('click', () => {
    positions.push(pagingInfoAfter(m, rows[rows.length - 1]!));
    void show();
  });
  pager.append(previous, next);

  els.content.replaceChildren(heading, nav, ...(crumbs ? [crumbs] : []), table, pager);
}

/** Shows a row (or subgroup header) only when no group it lies in is collapsed. */
function applyCollapsed(table: HTMLTableElement, collapsed: ReadonlySet<string>): void {
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    const within = tr.dataset.within ?? '';
    const parts = within === '' ? [] : within.split('\u001f');
    tr.hidden = parts.some((_, i) => collapsed.has(parts.slice(0, i + 1).join('\u001f')));
  }
}

// ---- editing ------------------------------------------------------------------------------------------------

async function save(
  m: ViewModel,
  { row, field, value }: { row: Row; field: FieldInfo; value: string },
): Promise<boolean> {
  say('Sparar … / Saving …');
  try {
    const { headers } = await api(`web/lists(guid'${m.listId}')/items(${row.Id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': row['odata.etag'] ?? '*' },
      body: { [field.EntityPropertyName]: value },
    });
    row[field.EntityPropertyName] = value;
    row['odata.etag'] = headers.get('ETag') ?? row['odata.etag'];
    say(`Sparat: ${field.Title} för ${rowTitle(row)}. / Saved.`);
    return true;
  } catch (error) {
    say(failure(error), 'error');
    return false;
  }
}

function failure(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 412)
      return 'Raden har ändrats av någon annan sedan sidan lästes in. Ladda om sidan och försök igen. / The row was changed by someone else since the page loaded. Reload the page and try again.';
    if (error.status === 403) return ACCESS_DENIED;
    if (error.status === 429 || error.status === 503)
      return 'SharePoint är upptaget just nu. Försök igen om en stund. / SharePoint is busy. Try again in a moment.';
    return `Det gick inte: ${error.message} / It failed: ${error.message}`;
  }
  return `Det gick inte: ${String(error)} / It failed.`;
}

function editNote(
  m: ViewModel,
  { row, field, text }: { row: Row; field: FieldInfo; text: HTMLElement },
): void {
  els.dialogHeading.textContent = `${field.Title}: ${rowTitle(row)}`;
  els.dialogLabel.textContent = field.Title;
  els.dialogText.value = String(row[field.EntityPropertyName] ?? '');
  els.dialogForm.onsubmit = (event) => {
    event.preventDefault();
    const value = els.dialogText.value;
    void save(m, { row, field, value }).then((ok) => {
      if (!ok) return;
      text.textContent = value;
      els.dialog.close();
    });
  };
  els.dialog.showModal();
}

// ---- flow ------------------------------------------------------------------------------------------------

async function show(): Promise<void> {
  if (!session()) {
    els.content.replaceChildren(
      h('p', { text: 'Välj vem du är i listan ovan för att se listan. / Choose a persona.' }),
    );
    return;
  }
  say('Läser in … / Loading …');
  try {
    model ??= await loadModel();
    const pagingInfo = positions[positions.length - 1] || undefined;
    const [rows, counts] = await Promise.all([
      getItems(model, {
        xml: viewXml(model, model.view.RowLimit + 1),
        query: selectAndExpand(model),
        ...(pagingInfo && { pagingInfo }),
      }),
      groupCounts(model),
    ]);
    const more = rows.length > model.view.RowLimit;
    render(model, rows.slice(0, model.view.RowLimit), counts, more);
    say('');
  } catch (error) {
    model = undefined;
    if (
      error instanceof ApiError &&
      (error.status === 403 || error.status === 404) &&
      !/Vyn /.test(error.message)
    ) {
      els.content.replaceChildren(
        h('h1', { text: 'Åtkomst nekad' }),
        h('p', { text: ACCESS_DENIED }),
        h('p', {
          text: 'Be listans ägare om åtkomst, eller välj en annan persona. / Ask the list owner for access.',
        }),
      );
      say('');
      return;
    }
    els.content.replaceChildren();
    say(failure(error), 'error');
  }
}

async function switchTo(persona: Persona): Promise<void> {
  try {
    await signIn(persona);
  } catch (error) {
    say(failure(error), 'error');
    return;
  }
  model = undefined;
  positions = [''];
  showSession();
  await show();
}

els.persona.addEventListener('change', () => {
  const upn = els.persona.value;
  els.otherForm.hidden = upn !== 'other';
  if (upn === 'other') {
    els.otherUpn.focus();
    return;
  }
  const persona = config.personas.find((p) => p.upn === upn);
  if (persona) void switchTo(persona);
});

els.otherForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const upn = els.otherUpn.value.trim();
  if (upn) void switchTo({ upn, name: '' });
});

els.dialogCancel.addEventListener('click', () => els.dialog.close());

showSession();
void show();
