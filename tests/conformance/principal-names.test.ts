// Site group names as the reviewer groups are named ("Granskare Välfärd", "Granskare Kultur & fritid",
// "Granskare O'Brien"): getByName with å/ä/ö, `&` and apostrophes. PnPjs 4.21 `siteGroups.getByName(name)` writes
// `getByName('<name>')` without encoding or doubling apostrophes, so the caller doubles `'` and encodes the
// name, as OData string literals need; a raw `'` is a syntax error.
import { uniqueName, useTarget } from './harness';
import { asJson } from './support/json';
import { spErrorOf } from './support/spError';

const target = useTarget();

/** An OData string literal's content for a path: `'` doubled, then URI-encoded (what PnPjs's encodePath does). */
function literal(name: string): string {
  return encodeURIComponent(name.replace(/'/g, "''"));
}

describe('site groups by name', () => {
  const names = [
    `Granskare Välfärd ${uniqueName('G')}`,
    `Granskare Kultur & fritid ${uniqueName('G')}`,
    `Granskare O'Brien ${uniqueName('G')}`,
  ];
  const ids = new Map<string, number>();

  beforeAll(async () => {
    for (const name of names) {
      const group = asJson(await target().sp().web.siteGroups.add({ Title: name }));
      ids.set(name, Number(group.Id));
      target().trackGroup(Number(group.Id));
    }
  });

  it.each(names.map((name) => [name]))('finds %s by name when the name is escaped', async (name) => {
    const group = await target().sp().web.siteGroups.getByName(literal(name)).select('Id', 'Title')();
    expect(group).toMatchObject({ Id: ids.get(name), Title: name });
  });

  it('finds a group case-insensitively', async () => {
    const name = names[0]!;
    const group = await target().sp().web.siteGroups.getByName(literal(name.toUpperCase())).select('Id')();
    expect(group.Id).toBe(ids.get(name));
  });

  it('refuses an apostrophe that is not doubled with 400, and an unknown name with 404', async () => {
    const raw = await spErrorOf(() => target().sp().web.siteGroups.getByName("Granskare O'Brien")());
    expect(raw.status).toBe(400);
    const missing = await spErrorOf(() => target().sp().web.siteGroups.getByName(literal('Finns inte'))());
    expect(missing.status).toBe(404);
  });
});
