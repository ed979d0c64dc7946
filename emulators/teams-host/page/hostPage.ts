// The host page: an HTML shell that looks roughly like the Teams web client (title bar, app rail with Activity,
// app header, a channel's Posts and app tabs, the app in an iframe on its own origin) with the toolbar and the
// protocol log. Its script (host.browser.ts) does
// the rest in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULE_PREFIX } from './modules';
import type { PageConfig } from './pageConfig';

/** Where the page's styles are served. */
export const STYLES_PATH = '/_host/host.css';

/** The page's HTML for `config`. */
export function hostPageHtml(config: PageConfig): string {
  const personaOptions = config.personas
    .map((p) => `<option value="${escapeHtml(p.upn)}">${escapeHtml(p.name)} (${escapeHtml(p.role)})</option>`)
    .join('');
  const name = escapeHtml(config.appName);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} – lokal Teams-värd</title>
<link rel="stylesheet" href="${STYLES_PATH}">
</head>
<body class="theme-default">
<a class="skip-link" href="#app-frame">Hoppa till appen</a>
<header class="title-bar">
  <span class="product">Microsoft Teams <span class="note">(lokal värd för utveckling)</span></span>
  <section class="toolbar" aria-label="Värdens inställningar">
    <div class="field">
      <label for="persona">Inloggad som</label>
      <select id="persona">${personaOptions}<option value="other">Annan UPN …</option></select>
    </div>
    <div class="field" id="other-upn-group" hidden>
      <label for="other-upn">UPN</label>
      <input id="other-upn" type="email" autocomplete="off" placeholder="namn@kommun.example">
      <button type="button" id="other-upn-apply">Logga in</button>
    </div>
    <div class="field">
      <label for="theme">Tema</label>
      <select id="theme">
        <option value="default">Standard</option>
        <option value="dark">Mörkt</option>
        <option value="contrast">Hög kontrast</option>
      </select>
    </div>
    <div class="field">
      <label for="locale">Språk</label>
      <select id="locale">
        <option value="sv-se">Svenska (sv-SE)</option>
        <option value="en-us" lang="en">English (en-US)</option>
      </select>
    </div>
    <div class="field">
      <label for="place">Plats</label>
      <select id="place">
        <option value="personal">Personlig app</option>
        <option value="channel">Flik i en kanal</option>
      </select>
    </div>
    <div class="field">
      <input type="checkbox" id="naa" checked>
      <label for="naa" lang="en">Nested app auth</label>
    </div>
    <button type="button" id="reload">Ladda om appen</button>
  </section>
</header>
<div class="layout">
  <nav class="app-rail" aria-label="Appfält">
    <ul>
      <li>
        <button type="button" class="rail-item" id="rail-activity" aria-expanded="false" aria-controls="activity-panel">
          Aktivitet <span lang="en">/ Activity</span><span id="activity-count-text" class="visually-hidden"></span><span id="activity-count" class="badge" aria-hidden="true" hidden></span>
        </button>
      </li>
      <li><button type="button" class="rail-item" data-unavailable="Chatt">Chatt</button></li>
      <li><button type="button" class="rail-item" data-unavailable="Team">Team</button></li>
      <li><button type="button" class="rail-item" data-unavailable="Kalender">Kalender</button></li>
      <li><button type="button" class="rail-item active" id="rail-app" aria-current="page">${name}</button></li>
    </ul>
  </nav>
  <section id="activity-panel" class="activity-panel" aria-labelledby="activity-heading" hidden>
    <div class="panel-head">
      <h2 id="activity-heading" tabindex="-1">Aktivitet <span lang="en">/ Activity</span></h2>
      <button type="button" id="activity-close">Stäng <span lang="en">/ Close</span></button>
    </div>
    <div class="panel-tools">
      <button type="button" id="activity-refresh">Uppdatera <span lang="en">/ Refresh</span></button>
      <p id="activity-status" class="panel-status" role="status"></p>
    </div>
    <ol id="activity-list" class="activity-list"></ol>
  </section>
  <main class="stage">
    <div class="app-header">
      <div>
        <p class="place" id="app-place"></p>
        <h1 id="app-title">${name}</h1>
      </div>
      <div id="channel-tabs" class="channel-tabs" role="tablist" aria-label="Kanalens flikar / Channel tabs" hidden>
        <button type="button" role="tab" id="tab-posts" aria-controls="posts-panel" aria-selected="false" tabindex="-1">Inlägg <span lang="en">/ Posts</span></button>
        <button type="button" role="tab" id="tab-app" aria-controls="app-panel" aria-selected="true">${name}</button>
      </div>
      <div class="app-actions">
        <button type="button" id="configure" hidden>Flikens inställningar</button>
        <span id="settings-actions" hidden>
          <button type="button" id="save" class="primary" disabled>Spara</button>
          <button type="button" id="cancel">Avbryt</button>
        </span>
      </div>
    </div>
    <p id="app-status" class="app-status" role="status">Appen laddas …</p>
    <div id="alerts" class="alerts" role="alert"></div>
    <div id="app-panel" class="app-panel">
      <iframe id="app-frame" title="${name} (appens flik)" allow="clipboard-write"></iframe>
    </div>
    <section id="posts-panel" class="posts-panel" role="tabpanel" aria-labelledby="tab-posts" hidden>
      <h2 class="visually-hidden">Inlägg i kanalen <span lang="en">/ Posts in the channel</span></h2>
      <div class="panel-tools">
        <button type="button" id="posts-refresh">Uppdatera <span lang="en">/ Refresh</span></button>
        <p id="posts-status" class="panel-status" role="status"></p>
      </div>
      <ol id="posts-list" class="posts-list"></ol>
    </section>
  </main>
  <aside class="log" aria-labelledby="log-heading">
    <h2 id="log-heading">Protokollogg</h2>
    <p class="counter">Obesvarade eller okända meddelanden: <output id="unanswered-count" aria-live="polite">0</output></p>
    <button type="button" id="clear-log">Töm loggen</button>
    <ol id="log-entries" class="log-entries"></ol>
  </aside>
</div>
<dialog id="share-dialog" aria-labelledby="share-heading">
  <h2 id="share-heading">Kopiera länk</h2>
  <label for="share-link">Länk till <span id="share-label"></span></label>
  <input id="share-link" readonly>
  <div class="dialog-buttons">
    <button type="button" id="share-copy" class="primary">Kopiera</button>
    <button type="button" id="share-close">Stäng</button>
  </div>
</dialog>
<script type="application/json" id="host-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script type="module" src="${MODULE_PREFIX}page/host.browser.js"></script>
</body>
</html>
`;
}

let styles: string | undefined;

/** The page's styles. */
export function hostPageStyles(): string {
  styles ??= readFileSync(join(__dirname, 'host.css'), 'utf8');
  return styles;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
