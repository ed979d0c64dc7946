import { useCallback, useEffect, useState } from 'react';
import { AppError } from '../../domain';
import type * as FormPages from './formPages';
import type * as DashboardChunk from '../dashboard/dashboardChunk';
import type * as OrganisationChunk from '../organisation/organisationChunk';
import type * as ReviewChunk from '../review/reviewChunk';

// The form is most of the tab's own code, and the start page does not need it: it loads in a chunk of its own when
// a unit's form (or an earlier period) is opened, so the start page appears sooner, on a slow network above all.
// A reviewer's pages (about thirty people of 350) are a chunk of their own too, and so is the dashboard. bench/bundle measures what loads
// before.

/** The form's module: `InventoryForm` for the open period, `EarlierInventory` for earlier ones. */
export type FormModule = typeof FormPages;

/** The reviewer's module: the start page's summary, the list of units to review, one unit's review. */
export type ReviewModule = typeof ReviewChunk;

/** Loads the form's chunk. */
export const loadFormModule = (): Promise<FormModule> => import(/* webpackChunkName: "form" */ './formPages');

/** The dashboard's module: the overview of the period's figures. */
export type DashboardModule = typeof DashboardChunk;

/** Loads the dashboard's chunk (its charts load later, in a chunk of their own). */
export const loadDashboardModule = (): Promise<DashboardModule> =>
  import(/* webpackChunkName: "dashboard" */ '../dashboard/dashboardChunk');

/** The module of the work after the inventory: bookings, the consultation round, Chefsdagen. */
export type OrganisationModule = typeof OrganisationChunk;

/** Loads the chunk of the work after the inventory. */
export const loadOrganisationModule = (): Promise<OrganisationModule> =>
  import(/* webpackChunkName: "organisation" */ '../organisation/organisationChunk');

/** Loads the reviewer's chunk. */
export const loadReviewModule = (): Promise<ReviewModule> =>
  import(/* webpackChunkName: "review" */ '../review/reviewChunk');

const loaded = new Map<() => Promise<unknown>, unknown>();

/** What `useLazyModule` gives: the module once loaded, or why it could not load and a way to try again. */
export type ModuleState<M> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly module: M }
  | { readonly kind: 'failed'; readonly error: AppError; readonly retry: () => void };

/**
 * Loads a chunk's module (`load`) when `needed` (at once if it already has). A failed load (the network dropped) is
 * reported with a `retry`: webpack fetches a chunk that failed again on the next import.
 */
export function useLazyModule<M>(load: () => Promise<M>, needed: boolean): ModuleState<M> {
  const [state, setState] = useState<{ module?: M; error?: AppError }>(() =>
    loaded.has(load) ? { module: loaded.get(load) as M } : {},
  );
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({});
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!needed || state.module !== undefined || state.error !== undefined) return;
    let current = true;
    load().then(
      (module) => {
        loaded.set(load, module);
        if (current) setState({ module });
      },
      (error: unknown) => current && setState({ error: chunkError(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, needed, attempt, state.module, state.error]);
  if (state.module !== undefined) return { kind: 'loaded', module: state.module };
  if (state.error !== undefined) return { kind: 'failed', error: state.error, retry };
  return { kind: 'loading' };
}

/** A chunk that did not load is a network problem: offline if the browser knows it is, else unavailable. */
function chunkError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(navigator.onLine ? 'unavailable' : 'offline', { message, cause: error });
}
