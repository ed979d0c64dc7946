// The form rendered on its own, for the tests of its fields, validation and rendering: a unit of the manager site
// and its inventory as the import creates it (a line per function), with services that never reach a network
// unless the test advances the autosave's timers.
import { screen, within, type RenderResult } from '@testing-library/react';
import {
  defaultMunicipalityConfig,
  emptyInventory,
  emptyLine,
  type Inventory,
  type Locale,
  type MunicipalityConfig,
} from '../../../../src/domain';
import { InventoryForm } from '../../../../src/ui/form/InventoryForm';
import { type InventoryFormProps } from '../../../../src/ui/form/InventoryForm.types';
import { type ManagerServices } from '../../../../src/ui/services';
import { managerOrganisation, periodsAround } from '../../../e2e/lib/managerSite';
import { MemoryStorage, renderInApp, TestConnectivity } from './app';

/** An inventory as the import creates it: not started, a line per configured function, stored once. */
export function importedInventory(unitId: string, config: MunicipalityConfig): Inventory {
  const unit = managerOrganisation().find((u) => u.id === unitId)!;
  return {
    ...emptyInventory(unit, periodsAround(new Date()).current.id),
    version: 'v1',
    lines: config.taxonomy.functions.map((fn) => emptyLine(fn.id)),
  };
}

/** Services whose repository refuses every call: for tests that must not save. */
export function offlineServices(upn: string): ManagerServices {
  const refuse = () => Promise.reject(new Error('This test does not reach SharePoint.'));
  return {
    upn,
    inventories: {
      loadMine: refuse,
      get: refuse,
      save: refuse,
      listStatusesByPeriod: refuse,
      decide: refuse,
    },
    dashboard: { loadView: refuse },
    exports: refuse,
    comparisons: { load: refuse, publish: refuse },
    settings: refuse,
    board: refuse,
    reminders: refuse,
    scenarios: refuse,
    bookings: refuse,
    consultation: refuse,
    presentation: refuse,
    storage: new MemoryStorage(),
    connectivity: new TestConnectivity(),
    now: () => new Date(),
  };
}

/** Renders the form of a unit's inventory. */
export function renderForm(options: {
  upn: string;
  unitId: string;
  config?: MunicipalityConfig;
  stored?: Inventory;
  services?: ManagerServices;
  locale?: Locale;
  props?: Partial<InventoryFormProps>;
}): RenderResult {
  const config = options.config ?? defaultMunicipalityConfig();
  const unit = managerOrganisation().find((u) => u.id === options.unitId)!;
  const locale = options.locale ?? 'sv';
  return renderInApp(
    <InventoryForm
      config={config}
      period={periodsAround(new Date()).current}
      unit={unit}
      stored={options.stored ?? importedInventory(options.unitId, config)}
      services={options.services ?? offlineServices(options.upn)}
      locale={locale}
      onBack={() => undefined}
      {...options.props}
    />,
    { locale },
  );
}

/** A function's section of the form, by its name. */
export function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** A text field of a function's section, by its label. */
export function field(sectionName: string, label: string): HTMLInputElement {
  return within(section(sectionName)).getByRole('textbox', { name: label }) as HTMLInputElement;
}

/** The texts that describe a control (its hint and message), as a screen reader reads them. */
export function description(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
