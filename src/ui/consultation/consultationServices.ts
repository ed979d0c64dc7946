import {
  placementProposals,
  roundFromScenario,
  type ConsultationStore,
  type DashboardData,
  type DashboardQuery,
  type IgnoredAnswer,
  type Inventory,
  type IsoDate,
  type ListedAnswers,
  type ReadAnswers,
  type ScenarioDefinition,
  type ScenarioStore,
  type StoredRound,
  type StoredScenario,
} from '../../domain';

// What the consultation pages need from outside src/ui: the composition root wires Remissrundor and Remissvar
// (src/sharepoint), Scenarier and the period's figures, which resolve the choices that follow the proposals.

/** The consultation pages' reads and writes. */
export interface ConsultationServices {
  /** The signed-in user's UPN. */
  readonly upn: string;
  /** The current instant; tests move it. */
  readonly now: () => Date;
  /** Remissrundor and Remissvar, as the signed-in user may read and write them. */
  readonly store: ConsultationStore;
  /**
   * The unit's inventory of an earlier period, for a round that follows a period that has closed (the form holds
   * the open period's only); `undefined` when there is none, or nothing to read it with.
   */
  inventory(periodId: string, unitId: string): Promise<Inventory | undefined>;
  /** The period's saved scenarios a round may be opened on (Scenarier: the project team's alone). */
  listScenarios(periodId: string): Promise<{ scenarios: StoredScenario[]; unreadable: number }>;
  /**
   * Opens a round on a saved scenario, its choices frozen as they resolve now: the team's overrides, else the
   * kommun's proposals counted from the period's answers (as the scenarios page counts them).
   * @throws AppError as the store and the figures' read do.
   */
  openRound(request: {
    readonly scenario: ScenarioDefinition;
    readonly closesOn: IsoDate;
  }): Promise<StoredRound>;
  /**
   * The round's answers the signed-in user may read, of the sektorer given (one read each, side by side) or of
   * every unit (`null`).
   */
  listAnswers(roundId: string, sektorIds: readonly string[] | null): Promise<ListedAnswers>;
}

/** The consultation pages' services on the given parts. */
export function consultationServices(deps: {
  readonly store: ConsultationStore;
  readonly scenarios: ScenarioStore;
  readonly upn: string;
  readonly now: () => Date;
  /** A new round's id, unique on the site (`r-` is put before it). */
  readonly newId: () => string;
  /** The period's figures (`DashboardRepository.loadFigures`), for the kommun's proposals when a round opens. */
  readonly loadFigures: (query: DashboardQuery) => Promise<DashboardData>;
  /**
   * The signed-in manager's inventory of a period (`InventoryRepository.get`); without it, a round that follows a
   * closed period shows its proposals as if the unit had no inventory.
   */
  readonly loadInventory?: (periodId: string, unitId: string) => Promise<Inventory | null>;
}): ConsultationServices {
  const { store } = deps;
  return {
    upn: deps.upn,
    now: deps.now,
    store,
    inventory: async (periodId, unitId) => (await deps.loadInventory?.(periodId, unitId)) ?? undefined,
    listScenarios: (periodId) => deps.scenarios.list(periodId),
    openRound: async ({ scenario, closesOn }) => {
      const { periodId } = scenario;
      const { config, units, inventories } = await deps.loadFigures({ periodId });
      const proposals = placementProposals({ config, units, inventories, periodId }).kommun;
      const id = `r-${deps.newId()}`;
      const openedAt = deps.now().toISOString();
      return store.openRound(roundFromScenario(scenario, { config, proposals, id, closesOn, openedAt }));
    },
    listAnswers: async (roundId, sektorIds) => {
      const read = await Promise.all(
        sektorIds === null
          ? [store.listAnswers(roundId, null)]
          : sektorIds.map((s) => store.listAnswers(roundId, s)),
      );
      const answers = new Map<string, ReadAnswers>();
      const ignored: IgnoredAnswer[] = [];
      const names = new Map<string, string>();
      for (const listed of read) {
        for (const a of listed.answers) answers.set(a.unitId, a);
        ignored.push(...listed.ignored);
        for (const [id, name] of listed.names) names.set(id, name);
      }
      return { answers: [...answers.values()], ignored, names };
    },
  };
}
