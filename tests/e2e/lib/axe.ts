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
 * rules, or only the named ones.
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
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, rules ?? null);
}
