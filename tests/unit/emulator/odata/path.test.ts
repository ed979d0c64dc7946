import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { ODataSyntaxError } from '../../../../emulators/sharepoint/odata/errors';
import { parsePath } from '../../../../emulators/sharepoint/odata/path';
import { pnpWithSend } from './pnpHarness';

const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

/** The path after /_api/ and the query string, as a server reading the request line sees them. */
function asServerSees(requestUrl: string): { path: string; query: URLSearchParams } {
  const url = new URL(requestUrl);
  const at = url.pathname.indexOf('/_api/');
  return { path: url.pathname.slice(at + '/_api/'.length), query: url.searchParams };
}

const never = pnpWithSend(() => Promise.reject(new Error('no request is sent in path tests')));

describe('parsePath: the forms PnPjs builds and SharePoint documents', () => {
  it.each([
    ['web', [{ name: 'web' }]],
    ['web/lists', [{ name: 'web' }, { name: 'lists' }]],
    ['web/currentUser', [{ name: 'web' }, { name: 'currentUser' }]],
    ['web/siteUsers/getById(7)', [{ name: 'web' }, { name: 'siteUsers' }, { name: 'getById', key: 7 }]],
    [
      "web/siteUsers/getByEmail('anna.berg@kommun.example')",
      [{ name: 'web' }, { name: 'siteUsers' }, { name: 'getByEmail', key: 'anna.berg@kommun.example' }],
    ],
    ['web/siteGroups(5)/users', [{ name: 'web' }, { name: 'siteGroups', key: 5 }, { name: 'users' }]],
    [
      "web/siteGroups/removeById('5')",
      [{ name: 'web' }, { name: 'siteGroups' }, { name: 'removeById', key: '5' }],
    ],
    [
      'web/roledefinitions/getById(1073741829)',
      [{ name: 'web' }, { name: 'roledefinitions' }, { name: 'getById', key: 1073741829 }],
    ],
    [
      "web/roledefinitions/getbyname('Full%20Control')",
      [{ name: 'web' }, { name: 'roledefinitions' }, { name: 'getbyname', key: 'Full Control' }],
    ],
    [
      'web/roledefinitions/getbytype(5)',
      [{ name: 'web' }, { name: 'roledefinitions' }, { name: 'getbytype', key: 5 }],
    ],
    ['contextinfo', [{ name: 'contextinfo' }]],
    ['$batch', [{ name: '$batch' }]],
    [`web/lists('${GUID}')`, [{ name: 'web' }, { name: 'lists', key: GUID }]],
    [
      `Web/Lists(guid'${GUID}')/Items(59)`,
      [{ name: 'Web' }, { name: 'Lists', key: { kind: 'guid', value: GUID } }, { name: 'Items', key: 59 }],
    ],
    [
      "web/getList('%2Fsites%2Fstodinventering%2FLists%2FEnheter')",
      [{ name: 'web' }, { name: 'getList', key: '/sites/stodinventering/Lists/Enheter' }],
    ],
    [
      "web/getList('/sites/stodinventering/Lists/Enheter')",
      [{ name: 'web' }, { name: 'getList', key: '/sites/stodinventering/Lists/Enheter' }],
    ],
    [
      "web/lists/getByTitle('L')/fields/getByInternalNameOrTitle('Sektor')",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'fields' },
        { name: 'getByInternalNameOrTitle', key: 'Sektor' },
      ],
    ],
    [
      "web/lists/getByTitle('L')/fields/getByTitle('Sektor')/setshowindisplayform(true)",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'fields' },
        { name: 'getByTitle', key: 'Sektor' },
        { name: 'setshowindisplayform', key: true },
      ],
    ],
    [
      "web/lists/getByTitle('L')/views/getByTitle('Alla')/fields/addviewfield('Title')",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'views' },
        { name: 'getByTitle', key: 'Alla' },
        { name: 'fields' },
        { name: 'addviewfield', key: 'Title' },
      ],
    ],
    [
      "web/lists/getByTitle('L')/items(5)/versions(2)",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'items', key: 5 },
        { name: 'versions', key: 2 },
      ],
    ],
    [
      "web/lists/getByTitle('L')/AddValidateUpdateItemUsingPath()",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'AddValidateUpdateItemUsingPath', args: {} },
      ],
    ],
    [
      "web/lists/getByTitle('L')/items(147)/roleassignments/addroleassignment(principalid=12, roledefid=1073741827)",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'items', key: 147 },
        { name: 'roleassignments' },
        { name: 'addroleassignment', args: { principalid: 12, roledefid: 1073741827 } },
      ],
    ],
    [
      "web/GetFolderByServerRelativeUrl('/sites/s/Delade%20dokument')/Files/add(url='a.txt',overwrite=true)",
      [
        { name: 'web' },
        { name: 'GetFolderByServerRelativeUrl', key: '/sites/s/Delade dokument' },
        { name: 'Files' },
        { name: 'add', args: { url: 'a.txt', overwrite: true } },
      ],
    ],
    [
      "web/GetFileByServerRelativeUrl('/sites/s/Delade%20dokument/a.txt')/$value",
      [
        { name: 'web' },
        { name: 'GetFileByServerRelativeUrl', key: '/sites/s/Delade dokument/a.txt' },
        { name: '$value' },
      ],
    ],
    ['web/lists/', [{ name: 'web' }, { name: 'lists' }]],
    ['web/ensureuser', [{ name: 'web' }, { name: 'ensureuser' }]],
    ['web/EffectiveBasePermissions', [{ name: 'web' }, { name: 'EffectiveBasePermissions' }]],
    [
      "web/siteGroups/getByName('Granskare')",
      [{ name: 'web' }, { name: 'siteGroups' }, { name: 'getByName', key: 'Granskare' }],
    ],
    [
      'web/siteGroups(5)/SetUserAsOwner(9)',
      [{ name: 'web' }, { name: 'siteGroups', key: 5 }, { name: 'SetUserAsOwner', key: 9 }],
    ],
    ['web/associatedOwnerGroup', [{ name: 'web' }, { name: 'associatedOwnerGroup' }]],
    [
      "web/lists/getByTitle('L')/items(5)/recycle",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'items', key: 5 },
        { name: 'recycle' },
      ],
    ],
    [
      "web/lists/getByTitle('L')/resetroleinheritance",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'resetroleinheritance' },
      ],
    ],
    [
      "web/lists/getByTitle('L')/fields/createfieldasxml",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'fields' },
        { name: 'createfieldasxml' },
      ],
    ],
    [
      "web/lists/getByTitle('L')/getitems",
      [{ name: 'web' }, { name: 'lists' }, { name: 'getByTitle', key: 'L' }, { name: 'getitems' }],
    ],
    [
      "web/lists/getByTitle('L')/RenderListDataAsStream",
      [
        { name: 'web' },
        { name: 'lists' },
        { name: 'getByTitle', key: 'L' },
        { name: 'RenderListDataAsStream' },
      ],
    ],
    [
      `web/lists/getByTitle('L')/views('${GUID}')`,
      [{ name: 'web' }, { name: 'lists' }, { name: 'getByTitle', key: 'L' }, { name: 'views', key: GUID }],
    ],
  ])('%s', (path, expected) => {
    expect(parsePath(path, new URLSearchParams())).toEqual(expected);
  });

  it('keeps the case of every segment and method name (core compares case-insensitively)', () => {
    const lower = parsePath("web/lists/getbytitle('L')/items(1)", new URLSearchParams());
    const upper = parsePath("Web/Lists/GetByTitle('L')/Items(1)", new URLSearchParams());
    expect(lower.map((s) => s.name)).toEqual(['web', 'lists', 'getbytitle', 'items']);
    expect(upper.map((s) => s.name)).toEqual(['Web', 'Lists', 'GetByTitle', 'Items']);
    expect(upper.map((s) => s.key)).toEqual(lower.map((s) => s.key));
  });

  it("decodes the contract's example: doubled apostrophe and %20 in a title", () => {
    expect(parsePath("web/lists/getByTitle('A''b%20c')/items(5)", new URLSearchParams())).toEqual([
      { name: 'web' },
      { name: 'lists' },
      { name: 'getByTitle', key: "A'b c" },
      { name: 'items', key: 5 },
    ]);
  });

  it('reads a datetime key and a negative number', () => {
    expect(parsePath("x(datetime'2024-01-01T00:00:00Z')/y(-3)", new URLSearchParams())).toEqual([
      { name: 'x', key: { kind: 'datetime', value: '2024-01-01T00:00:00Z' } },
      { name: 'y', key: -3 },
    ]);
  });
});

describe('parsePath: what PnPjs v4 really requests', () => {
  it('getByTitle with an apostrophe, åäö, a slash and a space', () => {
    const { path, query } = asServerSees(
      never.web.lists.getByTitle("Enkät 'Ö/2' å").items.getById(3).toRequestUrl(),
    );
    expect(parsePath(path, query)).toEqual([
      { name: 'web' },
      { name: 'lists' },
      { name: 'getByTitle', key: "Enkät 'Ö/2' å" },
      { name: 'items', key: 3 },
    ]);
  });

  it('lists.getById without the guid prefix', () => {
    const { path, query } = asServerSees(never.web.lists.getById(GUID).toRequestUrl());
    expect(parsePath(path, query)).toEqual([{ name: 'web' }, { name: 'lists', key: GUID }]);
  });

  it('siteUsers.getByLoginName resolves the @v alias from the query string', () => {
    const login = 'i:0#.f|membership|anna.berg@kommun.example';
    const { path, query } = asServerSees(never.web.siteUsers.getByLoginName(login).toRequestUrl());
    expect(path).toBe('web/siteUsers(@v)');
    expect(parsePath(path, query)).toEqual([{ name: 'web' }, { name: 'siteUsers', key: login }]);
  });

  it('an apostrophe in an alias value is doubled on the wire and single in the key', () => {
    // getByLoginName does not double apostrophes itself (PnPjs's alias regex then fails), so the caller must.
    const { path, query } = asServerSees(
      never.web.siteUsers.getByLoginName("i:0#.f|membership|o''brien@kommun.example").toRequestUrl(),
    );
    expect(query.get('@v')).toBe("'i:0#.f|membership|o''brien@kommun.example'");
    expect(parsePath(path, query)[1]).toEqual({
      name: 'siteUsers',
      key: "i:0#.f|membership|o'brien@kommun.example",
    });
  });

  it('breakroleinheritance with named arguments and the space after the comma', async () => {
    const sent: string[] = [];
    const sp = pnpWithSend(async (request) => {
      sent.push(request.url);
      return new Response(null, { status: 204 });
    });
    await sp.web.lists.getByTitle('L').items.getById(4).breakRoleInheritance(true, false);
    const { path, query } = asServerSees(sent[0]!);
    expect(path).toBe(
      "web/lists/getByTitle('L')/items(4)/breakroleinheritance(copyroleassignments=true,%20clearsubscopes=false)",
    );
    expect(parsePath(path, query).at(-1)).toEqual({
      name: 'breakroleinheritance',
      args: { copyroleassignments: true, clearsubscopes: false },
    });
  });

  it('getUserEffectivePermissions(@user) with a quoted alias', async () => {
    const sent: string[] = [];
    const sp = pnpWithSend(async (request) => {
      sent.push(request.url);
      return Response.json({ High: '176', Low: '138612833' });
    });
    await sp.web.getUserEffectivePermissions('i:0#.f|membership|anna.berg@kommun.example');
    const { path, query } = asServerSees(sent[0]!);
    expect(parsePath(path, query)).toEqual([
      { name: 'web' },
      { name: 'getUserEffectivePermissions', key: 'i:0#.f|membership|anna.berg@kommun.example' },
    ]);
  });

  it('an alias used as a named argument', () => {
    const query = new URLSearchParams({ '@p': '12' });
    expect(parsePath('roleassignments/addroleassignment(principalid=@p, roledefid=5)', query)[1]).toEqual({
      name: 'addroleassignment',
      args: { principalid: 12, roledefid: 5 },
    });
  });
});

describe('parsePath: rejects what SharePoint rejects', () => {
  it.each([
    ["web/lists/getByTitle('open", 'unterminated quote'],
    ['web/items(5', 'missing parenthesis'],
    ['web/items(5)x', 'text after the parenthesis'],
    ["web/lists/getByTitle('a'b')", 'an undoubled apostrophe'],
    ['web/items(abc)', 'a bare word as key'],
    ['web/items(1,2)', 'two keys'],
    ['web/f(a=1 b=2)', 'arguments without a comma'],
    ["web/lists(guid'not-a-guid')", 'a malformed guid'],
    ['web/ba d', 'a space in a segment name'],
  ])('%s (%s)', (path) => {
    expect(() => parsePath(path, new URLSearchParams())).toThrow(ODataSyntaxError);
  });

  it('an alias that the query string does not define', () => {
    expect(() => parsePath('web/siteusers(@v)', new URLSearchParams())).toThrow(/parameter alias '@v'/);
  });
});
