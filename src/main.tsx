// Composition root: the only file that wires live objects (host, repositories, token providers) into the UI.
import { createRoot } from 'react-dom/client';
import { resolveLocale } from './domain/i18n';
import { AppRoot } from './ui/AppRoot';

const container = document.getElementById('root');
if (container) {
  // Swedish first: the browser's language is not asked; the Teams context (or ?lang=en) chooses English.
  const locale = resolveLocale(new URLSearchParams(window.location.search).get('lang'));
  document.documentElement.lang = locale;
  createRoot(container).render(<AppRoot locale={locale} />);
}
