import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  AppError,
  asAppError,
  type ScenarioDefinition,
  type ScenarioOutcome,
  type StoredScenario,
} from '../../domain';
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
  /** A count from `figures` failed: the page fails with it (and retries by reading again), unless it has moved on. */
  readonly countFailed: (figures: ScenarioFigures, error: AppError) => void;
}

/** Loads the period's answers and scenarios once (both read at the same time), and keeps the list current. */
export function useScenarios(services: () => Promise<ScenarioServices>, periodId: string): Scenarios {
  const [load, setLoad] = useState<ScenariosLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    // The index the worker holds for this visit, released when the page is left or read again.
    let held: ScenarioFigures | undefined;
    setLoad({ kind: 'loading' });
    (async () => {
      const loaded = await services();
      const [figures, listed] = await Promise.allSettled([
        loaded.figures(periodId),
        loaded.store.list(periodId),
      ]);
      if (figures.status === 'fulfilled') {
        if (current) held = figures.value;
        else figures.value.release();
      }
      if (figures.status === 'rejected') throw figures.reason;
      if (listed.status === 'rejected') throw listed.reason;
      const { scenarios, unreadable } = listed.value;
      if (current)
        setLoad({ kind: 'loaded', services: loaded, figures: figures.value, stored: scenarios, unreadable });
    })().catch((error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }));
    return () => {
      current = false;
      held?.release();
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

  const countFailed = useCallback((figures: ScenarioFigures, error: AppError) => {
    // A late answer from figures read before a retry says nothing about the page as it is now.
    setLoad((before) =>
      before.kind === 'loaded' && before.figures === figures ? { kind: 'failed', error } : before,
    );
  }, []);

  return { load, retry: () => setAttempt((n) => n + 1), save, remove, countFailed };
}

/**
 * The outcomes of `scenarios`, counted from `figures` whenever their choices change. A rename needs no count: the
 * figures are the same, and the name follows at once. While a change is being counted, the outcomes last counted
 * stand (as they were counted); `undefined` until the first count answers. A failed count goes to `onFailed`.
 */
export function useOutcomes(
  figures: ScenarioFigures,
  scenarios: readonly ScenarioDefinition[],
  onFailed: (error: AppError) => void,
): readonly ScenarioOutcome[] | undefined {
  const counter = useMemo(() => figures.counter(), [figures]);
  const choices = JSON.stringify(scenarios.map((s) => s.overrides));
  const [counted, setCounted] = useState<{ choices: string; outcomes: readonly ScenarioOutcome[] }>();
  useEffect(() => {
    // `scenarios` and `onFailed` as they were when the choices changed: a later rename is not a new count.
    counter.count(scenarios, (result) =>
      result.kind === 'counted' ? setCounted({ choices, outcomes: result.outcomes }) : onFailed(result.error),
    );
  }, [counter, choices]);
  if (counted === undefined) return undefined;
  if (counted.choices !== choices) return counted.outcomes;
  return counted.outcomes.map((outcome, i) => ({ ...outcome, scenario: scenarios[i] ?? outcome.scenario }));
}
