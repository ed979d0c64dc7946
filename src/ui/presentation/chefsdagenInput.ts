import {
  AppError,
  presentationSlides,
  swedishDate,
  tallyAnswers,
  type ConsultationTally,
  type Locale,
  type ManagerForm,
  type Period,
  type PresentationInput,
  type ScenarioDefinition,
  type ScenarioOutcome,
  type Slide,
  type StoredRound,
  type StoredScenario,
} from '../../domain';
import { type ManagerServices } from '../services';

// Chefsdagen's slides from what the project team chose, read through the services the other pages use: the
// dashboard's figures (counted on its worker) or a diarium snapshot's, a scenario counted as the scenarios page
// counts it, and a round's answers tallied as the rounds page tallies them.

/** What may be chosen for the slides. */
export interface ChefsdagenChoices {
  /** The period's snapshots in the diarium library. */
  readonly snapshots: readonly { readonly name: string; readonly createdAt: string | null }[];
  readonly scenarios: readonly StoredScenario[];
  readonly rounds: readonly StoredRound[];
}

/** What the slides are made of. */
export interface ChefsdagenRequest {
  readonly form: ManagerForm;
  readonly period: Period;
  readonly locale: Locale;
  /** A snapshot's name, or `null` for the figures counted now. */
  readonly source: string | null;
  readonly scenario: StoredScenario | null;
  readonly round: StoredRound | null;
  /** When the slides are shown (ISO instant): the title slide's date. */
  readonly shownAt: string;
}

/**
 * The period's snapshots, scenarios and rounds, each read on its own: one that cannot be read leaves an empty
 * choice and `partial`, never the page without the others.
 */
export async function chefsdagenChoices(
  services: ManagerServices,
  periodId: string,
): Promise<{ readonly choices: ChefsdagenChoices; readonly partial: boolean }> {
  let partial = false;
  const settle = <T>(read: Promise<readonly T[]>): Promise<readonly T[]> =>
    read.catch(() => {
      partial = true;
      return [];
    });
  const [snapshots, scenarios, rounds] = await Promise.all([
    settle(
      services
        .exports()
        .then((e) => e.snapshots())
        .then((all) => all.filter((s) => s.periodId === periodId)),
    ),
    settle(
      services
        .scenarios()
        .then((s) => s.store.list(periodId))
        .then((r) => r.scenarios),
    ),
    settle(
      services
        .consultation()
        .then((c) => c.store.listRounds(periodId))
        .then((r) => r.rounds),
    ),
  ]);
  return { choices: { snapshots, scenarios, rounds }, partial };
}

/** The slides of `request`. @throws AppError when the figures, the scenario's count or the answers cannot be read. */
export async function chefsdagenSlides(
  services: ManagerServices,
  request: ChefsdagenRequest,
): Promise<Slide[]> {
  const { form, period } = request;
  const [figures, scenario, consultation] = await Promise.all([
    request.source === null ? liveFigures(services, request) : snapshotFigures(services, request.source),
    request.scenario === null ? undefined : countScenario(services, request.scenario.definition),
    request.round === null ? undefined : tallies(services, request.round),
  ]);
  const input: PresentationInput = {
    config: form.config,
    period,
    shownOn: swedishDate(request.shownAt),
    ...figures,
    ...(scenario !== undefined && { scenario }),
    ...(consultation !== undefined && { consultation }),
  };
  return presentationSlides(input, request.locale);
}

type Figures = Pick<PresentationInput, 'aggregate' | 'source' | 'firstLine'> &
  Partial<Pick<PresentationInput, 'config'>>;

async function liveFigures(services: ManagerServices, request: ChefsdagenRequest): Promise<Figures> {
  const counted = await services.dashboard.loadView(
    { periodId: request.period.id },
    { useStore: request.form.review.projectTeam },
  );
  const { view } = counted;
  return {
    config: view.config,
    aggregate: view.aggregate,
    firstLine: view.firstLine,
    source: { kind: 'live', countedAt: counted.countedAt },
  };
}

async function snapshotFigures(services: ManagerServices, name: string): Promise<Figures> {
  const document = await (await services.exports()).snapshotDocument(name);
  if (document === null)
    throw new AppError('notFound', {
      message: `Ögonblicksbilden ${name} finns inte längre. / The snapshot ${name} is no longer there.`,
    });
  return { aggregate: document.aggregate, source: { kind: 'snapshot', createdAt: document.createdAt } };
}

async function countScenario(
  services: ManagerServices,
  definition: ScenarioDefinition,
): Promise<ScenarioOutcome> {
  const figures = await (await services.scenarios()).figures(definition.periodId);
  try {
    return await new Promise<ScenarioOutcome>((resolve, reject) =>
      figures.counter().count([definition], (result) => {
        if (result.kind === 'failed') reject(result.error);
        else if (result.outcomes[0] === undefined)
          reject(new AppError('unexpected', { message: 'No outcome.' }));
        else resolve(result.outcomes[0]);
      }),
    );
  } finally {
    figures.release();
  }
}

async function tallies(services: ManagerServices, round: StoredRound): Promise<ConsultationTally[]> {
  const listed = await (await services.consultation()).listAnswers(round.id, null);
  return tallyAnswers(round, listed.answers).proposals.map((p) => ({
    functionId: p.functionId,
    agree: p.agree,
    disagree: p.disagree,
    comments: p.commented,
  }));
}
