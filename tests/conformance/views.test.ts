// Views: add with a CAML ViewQuery (Where, OrderBy, GroupBy), read it back, and edit view fields.
// PnPjs v4 addresses view fields as `views(…)/viewfields/…` ([PNP-SP] views/types.js defaultPath "viewfields").
import type { IListInfo } from '@pnp/sp/lists';
import type { IView } from '@pnp/sp/views';
import { uniqueName, useTarget } from './harness';

const target = useTarget();

const where =
  '<Where><And><Eq><FieldRef Name="Status"/><Value Type="Choice">Inskickad</Value></Eq>' +
  '<Gt><FieldRef Name="Antal"/><Value Type="Number">2</Value></Gt></And></Where>';
const orderBy = '<OrderBy><FieldRef Name="Antal" Ascending="FALSE"/><FieldRef Name="Title"/></OrderBy>';
const groupBy = '<GroupBy Collapse="TRUE"><FieldRef Name="Status"/></GroupBy>';

/** SharePoint may re-serialise the CAML (quotes, spacing before `/>`); compare what it means, not how it is spelled. */
function normalizeCaml(xml: string): string {
  return xml
    .replace(/>\s+</g, '><')
    .replace(/\s*\/>/g, '/>')
    .replace(/'/g, '"')
    .trim();
}

let list: IListInfo;

function view(title: string): IView {
  return target().sp().web.lists.getById(list.Id).views.getByTitle(title);
}

beforeAll(async () => {
  list = await target().createList(uniqueName('Vyer'));
  const fields = target().sp().web.lists.getById(list.Id).fields;
  await fields.addChoice('Status', { Choices: ['Utkast', 'Inskickad', 'Godkänd'] });
  await fields.addNumber('Antal');
});

describe('views', () => {
  it('a new list has a default view', async () => {
    const views = await target().sp().web.lists.getById(list.Id).views.select('Title', 'DefaultView')();
    expect(views.filter((v) => v.DefaultView)).toHaveLength(1);
  });

  it('adds a view with Where, OrderBy and GroupBy and reads the query back', async () => {
    const created = await target()
      .sp()
      .web.lists.getById(list.Id)
      .views.add('Inskickade', false, { ViewQuery: `${groupBy}${orderBy}${where}`, RowLimit: 30 });
    expect(created).toMatchObject({ Title: 'Inskickade', PersonalView: false, RowLimit: 30 });
    const read = await view('Inskickade')();
    const query = normalizeCaml(read.ViewQuery);
    expect(query).toContain(normalizeCaml(where));
    expect(query).toContain(normalizeCaml(orderBy));
    const group = /<GroupBy\b[^>]*>.*?<\/GroupBy>/.exec(query)?.[0] ?? '';
    expect(group).toContain('Collapse="TRUE"');
    expect(group).toContain('<FieldRef Name="Status"/>');
    const byId = await target().sp().web.lists.getById(list.Id).views.getById(created.Id)();
    expect(byId.Title).toBe('Inskickade');
  });

  it('updates the query', async () => {
    const newWhere = '<Where><Eq><FieldRef Name="Status"/><Value Type="Choice">Utkast</Value></Eq></Where>';
    await view('Inskickade').update({ ViewQuery: newWhere });
    const read = await view('Inskickade')();
    expect(normalizeCaml(read.ViewQuery)).toContain(normalizeCaml(newWhere));
    expect(normalizeCaml(read.ViewQuery)).not.toContain('Inskickad</Value>');
  });

  it('edits view fields: removeAll, add, move, remove', async () => {
    const fields = view('Inskickade').fields;
    await fields.removeAll();
    expect(((await fields()) as { Items: string[] }).Items).toEqual([]);
    await fields.add('Title');
    await fields.add('Antal');
    await fields.add('Status');
    expect(((await fields()) as { Items: string[] }).Items).toEqual(['Title', 'Antal', 'Status']);
    await fields.move('Status', 0);
    expect(((await fields()) as { Items: string[] }).Items).toEqual(['Status', 'Title', 'Antal']);
    await fields.remove('Antal');
    const after = (await fields()) as { Items: string[]; SchemaXml: string };
    expect(after.Items).toEqual(['Status', 'Title']);
    expect(normalizeCaml(after.SchemaXml)).toContain('<FieldRef Name="Status"/>');
  });

  it('deletes a view', async () => {
    const views = target().sp().web.lists.getById(list.Id).views;
    await views.add('Tillfallig');
    await view('Tillfallig').delete();
    const titles = (await views.select('Title')()).map((v) => v.Title);
    expect(titles).not.toContain('Tillfallig');
  });
});
