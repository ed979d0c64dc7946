// Fills a provisioned site the way an organisation import does — shared by the backend benchmark and the
// integration tests, so both measure and check the same path: site's provisionSite and ensureUnitAccess, then
// the writers (src/sharepoint/writers).
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { defaultMunicipalityConfig, type MunicipalityConfig, type Period, type Unit } from '../../src/domain';
import { boardGroupName, projectTeamGroupName, provisionSite } from '../../src/sharepoint/provision';
import { ensureUnitAccess } from '../../src/sharepoint/provision/ensureUnitAccess';
import { createRepositories } from '../../src/sharepoint/repositories';
import { createPeriodInventories, upsertUnits } from '../../src/sharepoint/writers';

/**
 * The default configuration grown to 20 functions, the size the request budgets are stated for
 * (350 units × 20 functions).
 */
export function twentyFunctionConfig(): MunicipalityConfig {
  const base = defaultMunicipalityConfig();
  const extra = [
    ['sakerhet', 'Säkerhet & beredskap', 'Security'],
    ['arkiv', 'Arkiv', 'Archives'],
    ['miljo', 'Miljö- och hållbarhetsstöd', 'Sustainability'],
    ['forsakring', "Försäkring & risk ('skydd')", 'Insurance'],
  ] as const;
  return {
    ...base,
    taxonomy: {
      ...base.taxonomy,
      functions: [
        ...base.taxonomy.functions,
        ...extra.map(([id, sv, en]) => ({ id, groupId: 'stod', label: { sv, en }, roles: [] })),
      ],
    },
  };
}

/** What to put on the site. */
export interface SiteContent {
  readonly units: readonly Unit[];
  readonly config: MunicipalityConfig;
  readonly period: Period;
  /** Members of the project team's group (UPNs). */
  readonly projectTeam: readonly string[];
  /** Members of the board's group (UPNs): they read Sammanställningar only. @default [] */
  readonly board?: readonly string[];
  /**
   * Units already on the site besides `units` (a shared site's own organisation): ensureUnitAccess gets the whole
   * organisation, or it would take the managers' group from their managers. @default []
   */
  readonly otherUnits?: readonly Unit[];
}

/** Milliseconds each step of `fillSite` took. */
export type FillTimings = Record<'provision' | 'settings' | 'units' | 'access' | 'inventories', number>;

/**
 * Provisions the site and fills it as an import would: configuration, period, units, unit folders with their
 * permissions, the project team and the board, and the period's inventories. Returns how long each step took.
 */
export async function fillSite(sp: SPFI, content: SiteContent): Promise<FillTimings> {
  const timings: Partial<FillTimings> = {};
  const step = async (name: keyof FillTimings, work: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await work();
    timings[name] = performance.now() - started;
  };
  await step('provision', () => provisionSite(sp, { log: () => undefined }));
  await step('settings', async () => {
    const repos = createRepositories(sp);
    await repos.settings.saveConfig(content.config);
    await repos.settings.savePeriod(content.period);
  });
  await step('units', () => upsertUnits(sp, content.units));
  await step('access', async () => {
    await ensureUnitAccess(sp, { units: [...(content.otherUnits ?? []), ...content.units] });
    const group = sp.web.siteGroups.getByName(projectTeamGroupName);
    for (const upn of content.projectTeam) await group.users.add(`i:0#.f|membership|${upn}`);
    const board = sp.web.siteGroups.getByName(boardGroupName);
    for (const upn of content.board ?? []) await board.users.add(`i:0#.f|membership|${upn}`);
  });
  await step('inventories', () =>
    createPeriodInventories(sp, { period: content.period, units: content.units, config: content.config }),
  );
  return timings as FillTimings;
}
