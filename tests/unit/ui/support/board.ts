// The board's summaries in the jsdom tests: published as the project team's panel does, and a card read as text.
import {
  boardSummary,
  type BoardScope,
  type CardJson,
  type CardRoute,
  type PublishOutcome,
} from '../../../../src/domain';
import { PEOPLE, periodsAround } from '../../../e2e/lib/managerSite';
import { servicesFor } from './app';
import { TestNetwork } from './network';
import { type TestSite } from './site';

/** Counts the period now and publishes the summary of `scope` as Petra's panel does: recorded, then posted. */
export async function publishSummary(
  site: TestSite,
  scope: BoardScope,
  route: CardRoute,
): Promise<PublishOutcome> {
  const period = periodsAround(new Date()).current;
  const services = servicesFor(site, { upn: PEOPLE.petra, network: new TestNetwork() });
  const dashboard = await services.dashboard.loadView({ periodId: period.id });
  const summary = boardSummary(dashboard.view, scope, {
    periodName: period.name,
    countedAt: dashboard.countedAt,
  })!;
  const board = await services.board();
  const url = route === 'workflows' ? site.workflowUrl : undefined;
  return board.post(await board.record(summary, route, url), url);
}

/** The texts of a card's body and actions in document order: what a rendering of it shows. */
export function cardTexts(card: CardJson): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && ['text', 'title', 'value'].includes(key)) texts.push(inner);
      else walk(inner);
    }
  };
  walk(card.body);
  walk(card.actions);
  return texts.join('');
}
