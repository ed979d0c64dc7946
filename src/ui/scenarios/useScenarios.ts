import { useCallback, useEffect, useState } from 'react';
import { AppError, asAppError, type ScenarioDefinition, type StoredScenario } from '../../domain';
import { type ScenarioFigures, type ScenarioServices } from './scenarioServices';

/** The page's data: the period's answers indexed for scenarios and its saved scenarios. */
export type ScenariosLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | {
      readonly kind: 'loaded';
      readonly services: ScenarioServices;
      readonly figures: ScenarioFigures;
      readonly stored: readonly StoredScenario[];
      /** Items in Scenarier that could not be read (changed by hand). */
      readonly unreadable: number;
    };

/** What `useScenarios` gives: the data, and saving and removing that keep the list as SharePoint has it. */
export interface Scenarios {
  readonly load: ScenariosLoad;
  readonly retry: () => void;
  /** Saves a new scenario (`editing` `null`) or a change to `editing`; resolves with what was stored. */
  readonly save: (definition: ScenarioDefinition, editing: StoredScenario | null) => Promise<StoredScenario>;
  readonly remove: (stored: StoredScenario) => Promise<void>;
}

/** Loads the period's answers and scenarios once (both read at the same time), and keeps the list current. */
export function useScenarios(services: () => Promise<ScenarioServices>, periodId: string): Scenarios {
  const [load, setLoad] = useState<ScenariosLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    (async () => {
      const loaded = await services();
      const [figures, { scenarios, unreadable }] = await Promise.all([
        loaded.figures(periodId),
        loaded.store.list(periodId),
      ]);
      if (current) setLoad({ kind: 'loaded', services: loaded, figures, stored: scenarios, unreadable });
    })().catch((error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }));
    return () => {
      current = false;
    };
  }, [services, periodId, attempt]);

  const replace = useCallback((update: (stored: readonly StoredScenario[]) => StoredScenario[]) => {
    setLoad((before) => (before.kind === 'loaded' ? { ...before, stored: update(before.stored) } : before));
  }, []);

  const save = useCallback(
    async (definition: ScenarioDefinition, editing: StoredScenario | null) => {
      if (load.kind !== 'loaded') throw new AppError('unexpected', { message: 'Scenarios are not loaded' });
      const { store } = load.services;
      const saved =
        editing === null ? await store.create(definition) : await store.update(editing, definition);
      replace((stored) =>
        [...stored.filter((s) => s.itemId !== saved.itemId), saved].sort((a, b) => a.itemId - b.itemId),
      );
      return saved;
    },
    [load, replace],
  );

  const remove = useCallback(
    async (stored: StoredScenario) => {
      if (load.kind !== 'loaded') throw new AppError('unexpected', { message: 'Scenarios are not loaded' });
      await load.services.store.remove(stored);
      replace((list) => list.filter((s) => s.itemId !== stored.itemId));
    },
    [load, replace],
  );

  return { load, retry: () => setAttempt((n) => n + 1), save, remove };
}
