import { createContext } from 'react';
import { type CountedDashboard, type DashboardQuery, type InventoryRepository } from '../domain';
import { type ComparisonRepository, type DashboardLoadOptions } from '../domain/ports';
import { type BoardServices } from './board/boardServices';
import { type BookingServices } from './bookings/bookingServices';
import { type ConsultationServices } from './consultation/consultationServices';
import { type ExportServices } from './exports/exportServices';
import { type PresentationServices } from './presentation/presentationServices';
import { type ReminderServices } from './review/reminderServices';
import { type ScenarioServices } from './scenarios/scenarioServices';
import { type SettingsServices } from './settings/settingsServices';

/** The part of the Web Storage API the local backup uses (`window.localStorage`; tests pass their own). */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether the device has a network, and news when that changes (`navigator.onLine` and its events). */
export interface Connectivity {
  /** `false` when the browser knows it is offline; `true` may still mean a dead network. */
  isOnline(): boolean;
  /** Calls `listener` whenever the browser goes on- or offline; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/**
 * Everything the manager's pages need from outside `src/ui`, wired by the composition root (src/main.tsx): the
 * repository on the signed-in user's SharePoint client, the browser's storage and network state, and the clock.
 */
export interface ManagerServices {
  /** The signed-in user's UPN: their units are those they manage. */
  readonly upn: string;
  /**
   * Inventories in SharePoint: the form loads with `loadMine`, saves with `save`, earlier periods with `get`; a
   * reviewer's pages list a period's statuses with the organisation (`listStatusesByPeriod`), read one inventory
   * with `get` and decide with `decide`.
   */
  readonly inventories: Pick<
    InventoryRepository,
    'loadMine' | 'save' | 'get' | 'listStatusesByPeriod' | 'decide'
  >;
  /**
   * The overview of a period: its figures read from one summary per unit (`DashboardRepository.loadFigures`) and
   * counted (`dashboardView`); in the tab on a worker thread of its own. The project team's begins with the
   * overview last stored (`useStore`).
   */
  readonly dashboard: {
    loadView(query: DashboardQuery, options?: DashboardLoadOptions): Promise<CountedDashboard>;
  };
  /** The project team's workbook and snapshots; its code loads when first called. */
  readonly exports: () => Promise<ExportServices>;
  /** The published comparisons: a manager reads their areas' (`load`), the project team publishes (`publish`). */
  readonly comparisons: Pick<ComparisonRepository, 'load' | 'publish'>;
  /** The board's summaries: the project team publishes them to the channel; its code loads when first called. */
  readonly board: () => Promise<BoardServices>;
  /** The project team's reminders to managers who have not submitted; its code loads when first called. */
  readonly reminders: () => Promise<ReminderServices>;
  /** The project team's scenarios: Scenarier, the period's answers and the workbook; its code loads when first called. */
  readonly scenarios: () => Promise<ScenarioServices>;
  /**
   * Interviews and seminars: a kontorschef books the office's, the project team offers times and notes seminars;
   * its code loads when first called.
   */
  readonly bookings: () => Promise<BookingServices>;
  /** The consultation rounds: every manager answers for their units; its code loads when first called. */
  readonly consultation: () => Promise<ConsultationServices>;
  /** Chefsdagen's PowerPoint file; its code (and pptxgenjs) loads when first called. */
  readonly presentation: () => Promise<PresentationServices>;
  /** The project team's settings page's reads and writes; its code loads when first called. */
  readonly settings: () => Promise<SettingsServices>;
  /** Where the local backup of unsaved answers lives. */
  readonly storage: BackupStorage;
  /** The browser's network state. */
  readonly connectivity: Connectivity;
  /** The current instant; tests move it. */
  readonly now: () => Date;
  /** Quiet time after the last keystroke before an autosave, in ms. @default 1500 */
  readonly autosaveDelayMs?: number;
  /** How long a save may take before the page says it is retrying, in ms. @default 4000 */
  readonly slowSaveMs?: number;
}

/** The browser's own network state: `navigator.onLine` and the window's `online`/`offline` events. */
export function browserConnectivity(target: Window = window): Connectivity {
  return {
    isOnline: () => target.navigator.onLine,
    subscribe: (listener) => {
      const online = () => listener(true);
      const offline = () => listener(false);
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}

/**
 * The services, for a page the app does not hand them to as props: the dashboard's export panel, which the
 * composition root's services reach without every page in between passing them on.
 */
export const ServicesContext = createContext<ManagerServices | null>(null);
