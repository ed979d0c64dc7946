import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in a page or a frame (the tab inside the Teams host) and returns its violations: the WCAG 2.1 A/AA
 * rules, or only the named ones. One known false positive is left out, as Accessibility Insights leaves it out:
 * `aria-hidden-focus` on Tabster's focus guards (`<i data-tabster-dummy aria-hidden tabindex=0>`), which Fluent UI
 * puts around arrow-key groups such as a chart's bars; they pass focus on the moment they get it and are hidden
 * so that screen readers do not announce them (https://github.com/microsoft/tabster/issues/288,
 * https://github.com/microsoft/accessibility-insights-web/pull/7605). Any other node of that rule still fails.
 */
export async function axeViolations(target: Page | Frame, rules?: string[]): Promise<AxeViolation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.addScriptTag({ content: axe.source });
  return target.evaluate(async (only) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, {
      runOnly:
        only === null
          ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }
          : { type: 'rule', values: only },
    });
    const tabsterGuard = (id: string, html: string) =>
      id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""/.test(html);
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterGuard(v.id, n.html)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  }, rules ?? null);
}
