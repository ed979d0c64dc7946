import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_PERSONAS } from '../../identity';
import type { SiteInfo } from '../context';
import type { SpResponse } from '../response';

/** Where the page's own script and styles are served (no token needed, like SharePoint's _layouts files). */
export const PAGE_ASSET_PREFIX = '/_emulator/page/';

const HTML_TYPE = 'text/html; charset=utf-8';
let script: string | undefined;

/**
 * Whether a server-relative path is a list view page: `<site>/Lists/<list>/<view>.aspx`, or a library's
 * `<site>/<library>/Forms/<view>.aspx`. Which list and view it names is for the page to find out through the
 * REST API, with the signed-in persona's permissions.
 */
export function isListPagePath(site: SiteInfo, path: string): boolean {
  const prefix = `${site.serverRelativeUrl}/`.toLowerCase();
  const lower = path.toLowerCase();
  if (!lower.startsWith(prefix) || !lower.endsWith('.aspx')) return false;
  const parts = lower.slice(prefix.length).split('/');
  return (parts.length === 3 && parts[0] === 'lists') || (parts.length === 3 && parts[1] === 'forms');
}

/**
 * The list view page (`GET <site>/Lists/<list>/<view>.aspx`): an HTML shell with the persona switch; its script
 * signs the chosen persona in at `/_emulator/token` and renders the view through `/_api`.
 */
export function listPageResponse(options: { site: SiteInfo; path: string }): SpResponse {
  const config = {
    webUrl: options.site.webUrl,
    pagePath: options.path,
    personas: DEV_PERSONAS.map(({ upn, name }) => ({ upn, name })),
  };
  const personaOptions = DEV_PERSONAS.map(
    (p) =>
      `<option value="${escapeHtml(p.upn)}">${escapeHtml(p.name)} (${escapeHtml(roleName(p.role))})</option>`,
  ).join('');
  const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lista – Stödinventering</title>
<link rel="stylesheet" href="${PAGE_ASSET_PREFIX}listpage.css">
</head>
<body>
<header class="suite-bar">
  <span class="app-name">SharePoint <span class="emulator-note">(emulator)</span></span>
  <div class="persona">
    <label for="persona">Visa som</label>
    <select id="persona">
      <option value="">Välj persona …</option>
      ${personaOptions}
      <option value="other">Annan UPN …</option>
    </select>
    <form id="other-persona" hidden>
      <label for="other-upn">UPN</label>
      <input id="other-upn" type="email" autocomplete="off" placeholder="namn@kommun.example">
      <button type="submit">Logga in</button>
    </form>
    <span id="signed-in" class="signed-in"></span>
  </div>
</header>
<div class="site-header"><a href="${escapeHtml(options.site.serverRelativeUrl)}">Stödinventering</a></div>
<main>
  <div id="message" class="message empty" role="status" aria-live="polite"></div>
  <div id="content"></div>
</main>
<dialog id="comment-dialog" aria-labelledby="comment-heading">
  <form id="comment-form" method="dialog">
    <h2 id="comment-heading"></h2>
    <label id="comment-label" for="comment-text"></label>
    <textarea id="comment-text" rows="6" cols="60"></textarea>
    <div class="dialog-buttons">
      <button type="submit" class="primary">Spara</button>
      <button type="button" id="comment-cancel">Avbryt</button>
    </div>
  </form>
</dialog>
<script type="application/json" id="sp-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script type="module" src="${PAGE_ASSET_PREFIX}listpage.js"></script>
</body>
</html>
`;
  return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: html };
}

/**
 * The page's script (transpiled from `listPage.browser.ts` once, on first request) or styles; undefined for any
 * other name.
 */
export async function pageAsset(name: string): Promise<SpResponse | undefined> {
  if (name === 'listpage.css') {
    return {
      status: 200,
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
      body: readFileSync(join(__dirname, 'listPage.css'), 'utf8'),
    };
  }
  if (name !== 'listpage.js') return undefined;
  // reason: swc is already the project's transpiler (jest); loaded lazily so the API never pays for it.
  const { transformSync } = await import('@swc/core');
  script ??= transformSync(readFileSync(join(__dirname, 'listPage.browser.ts'), 'utf8'), {
    filename: 'listPage.browser.ts',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: false,
  }).code;
  return { status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' }, body: script };
}

function roleName(role: (typeof DEV_PERSONAS)[number]['role']): string {
  switch (role) {
    case 'siteAdmin':
      return 'webbplatsadministratör';
    case 'projectTeam':
      return 'projektgruppen';
    case 'sektorchef':
      return 'sektorchef';
    case 'kontorschef':
      return 'kontorschef';
    case 'enhetschef':
      return 'enhetschef';
    case 'board':
      return 'kommunstyrelsen';
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
