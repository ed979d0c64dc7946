// The list page's HTTP side: which paths are view pages, what the shell holds, and the page's own assets.
// The page itself is exercised in Chromium by tests/e2e/listpage.test.ts.
import { DEV_PERSONAS } from '../../../emulators/identity';
import { useEmulator } from './harness';

const target = useEmulator();

function site(path: string): string {
  return `${target().emulator.siteUrl}${path}`;
}

describe('the list page', () => {
  it.each([
    '/Lists/Inventeringar/Attgranska.aspx',
    '/Lists/Inventeringar/Godk%C3%A4nda.aspx',
    '/Exporter/Forms/AllItems.aspx',
  ])('serves %s as a Swedish HTML shell with the persona switch, without a token', async (path) => {
    const res = await fetch(site(path));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="sv">/);
    for (const persona of DEV_PERSONAS) expect(html).toContain(`value="${persona.upn}"`);
    expect(html).toContain('<option value="other">Annan UPN …</option>');
    const config = JSON.parse(
      /<script type="application\/json" id="sp-config">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(config.pagePath).toBe(new URL(site(path)).pathname.replace(/%C3%A4/g, 'ä'));
    expect(config.webUrl).toBe(target().emulator.siteUrl);
  });

  it.each(['/Inventeringar.aspx', '/Lists/Inventeringar/Mapp/Vy.aspx', '/Lists/Inventeringar/Vy.html'])(
    'answers 404 for %s, which is no view page',
    async (path) => {
      expect((await fetch(site(path))).status).toBe(404);
    },
  );

  it('serves its script transpiled to JavaScript, and its styles', async () => {
    const script = await fetch(`${target().emulator.url}/_emulator/page/listpage.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await script.text();
    expect(code).toContain('/_emulator/token');
    // No TypeScript left: interfaces and type annotations are gone.
    expect(code).not.toMatch(/\binterface\s+\w+/);
    expect(code).not.toMatch(/:\s*HTMLSelectElement/);
    const css = await fetch(`${target().emulator.url}/_emulator/page/listpage.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('table.list');
    expect((await fetch(`${target().emulator.url}/_emulator/page/other.js`)).status).toBe(404);
  });
});
