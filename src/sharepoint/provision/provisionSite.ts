import { PermissionKind } from '@pnp/sp/security';
import { type SPFI } from '@pnp/sp';
import { AppError, type LocalizedText } from '../../domain';
import { siteLists, type ListSchema } from '../schema';
import { applySteps } from './apply';
import { serverMessage } from '../errors';
import { missingRights, siteUnreachable, stepFailure } from './failures';
import { grants } from './permissionLevels';
import { planProvisioning, type SchemaConflict } from './plan';
import { readSiteState, readWeb, type SiteState, type WebState } from './siteState';
import { describeStep, type ProvisionPhase, type ProvisionStep } from './steps';
import { trimSlashes } from './urls';

/** What provisioning tells its caller as it works, in order. */
export type ProvisionEvent =
  | { readonly kind: 'reading'; readonly siteUrl: string }
  | { readonly kind: 'planned'; readonly steps: readonly ProvisionStep[]; readonly dryRun: boolean }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'phase'; readonly phase: ProvisionPhase; readonly steps: number }
  | {
      readonly kind: 'step';
      readonly step: ProvisionStep;
      readonly outcome: 'done' | 'failed';
      /** SharePoint's reason, for a failed step. */
      readonly reason?: string;
    }
  | { readonly kind: 'done'; readonly steps: readonly ProvisionStep[] }
  | {
      readonly kind: 'failed';
      readonly done: readonly ProvisionStep[];
      readonly remaining: readonly ProvisionStep[];
      readonly reason: string;
    };

/** The outcome of a provisioning run that did not fail. */
export interface ProvisionReport {
  /** The site, e.g. `https://kommun.sharepoint.com/sites/stodinventering`. */
  readonly siteUrl: string;
  /** `unchanged`: the site already matched; `changed`: steps were applied; `planned`: a dry run. */
  readonly outcome: 'unchanged' | 'changed' | 'planned';
  /** The steps applied (or, in a dry run, that would be). */
  readonly steps: readonly ProvisionStep[];
}

/** Options for `provisionSite`. */
export interface ProvisionOptions {
  /** Receives progress events (the scripts print them). */
  readonly log: (event: ProvisionEvent) => void;
  /** Plan and report, but change nothing. @default false */
  readonly dryRun?: boolean;
  /** The lists to provision. @default the whole schema (`siteLists`) */
  readonly schema?: readonly ListSchema[];
}

/** The rights provisioning uses on the web; a site owner (Full Control) has them all. */
const neededRights: readonly [PermissionKind, string][] = [
  [PermissionKind.ManageLists, 'ManageLists (Hantera listor)'],
  [PermissionKind.ManagePermissions, 'ManagePermissions (Hantera behörigheter)'],
  [PermissionKind.CreateGroups, 'CreateGroups (Skapa grupper)'],
  [PermissionKind.EnumeratePermissions, 'EnumeratePermissions (Räkna upp behörigheter)'],
];

/** The site's URL from a client (`<site>/_api/web` → `<site>`). */
export function siteUrlOf(sp: SPFI): string {
  return trimSlashes(sp.web.toUrl().replace(/\/_api\/web\/?$/i, ''));
}

function conflictText(conflict: SchemaConflict): LocalizedText {
  if (conflict.kind === 'listTemplate') {
    const want = conflict.list.template === 101 ? 'dokumentbibliotek / document library' : 'lista / list';
    return {
      sv: `${conflict.list.url}: finns men har mallen ${conflict.actual}, ska vara ${conflict.list.template} (${want}).`,
      en: `${conflict.list.url}: exists with template ${conflict.actual}, expected ${conflict.list.template} (${want}).`,
    };
  }
  return {
    sv: `Listan ${conflict.list.title} (${conflict.list.url}): kolumnen ${conflict.field.internalName} (${conflict.field.displayName}) har typen ${conflict.actual}, ska vara ${conflict.field.kind}.`,
    en: `List ${conflict.list.title} (${conflict.list.url}): the column ${conflict.field.internalName} (${conflict.field.displayName}) has the type ${conflict.actual}, expected ${conflict.field.kind}.`,
  };
}

function conflictError(conflicts: readonly SchemaConflict[], siteUrl: string): AppError {
  const texts = conflicts.map(conflictText);
  return new AppError('invalid', {
    message:
      `Webbplatsen ${siteUrl} har listor som inte stämmer med schemat och som provisioneringen inte ändrar själv (data kunde gå förlorad); inget har ändrats:\n` +
      texts.map((t) => `  - ${t.sv}`).join('\n') +
      `\nRätta eller ta bort kolumnerna i SharePoint och kör igen.\n` +
      `The site ${siteUrl} has lists that do not match the schema, which provisioning does not change by itself (data could be lost); nothing was changed:\n` +
      texts.map((t) => `  - ${t.en}`).join('\n') +
      `\nFix or remove the columns in SharePoint and run again.`,
  });
}

async function inspect(
  sp: SPFI,
  options: { siteUrl: string; schema: readonly ListSchema[] },
): Promise<SiteState> {
  let web: WebState;
  try {
    web = await readWeb(sp);
  } catch (error) {
    throw siteUnreachable(error, options.siteUrl);
  }
  const missing = neededRights.filter(([kind]) => !grants(web.permissions, kind)).map(([, name]) => name);
  if (missing.length > 0) throw missingRights(missing, options.siteUrl);
  try {
    return await readSiteState(sp, { web, schema: options.schema });
  } catch (error) {
    throw stepFailure(error, { sv: 'Att läsa webbplatsen', en: 'Reading the site' });
  }
}

/**
 * Creates or updates the site's lists, columns, indexes, views, permission levels (Besvara, Besluta), groups and
 * list permissions to match the schema. Plans first (one read request and one `$batch`), then applies the plan in
 * phases; a second run finds nothing to do and writes nothing.
 * @throws AppError before any change: `notFound`/`unauthenticated`/`forbidden`/`offline` when the site cannot be
 * used, `forbidden` naming the missing rights, `invalid` naming each column of the wrong type. After a failed
 * step: the step's error, after a `failed` event listing what was done and what remains.
 */
export async function provisionSite(sp: SPFI, options: ProvisionOptions): Promise<ProvisionReport> {
  const { log, dryRun = false, schema = siteLists } = options;
  const siteUrl = siteUrlOf(sp);
  log({ kind: 'reading', siteUrl });
  const state = await inspect(sp, { siteUrl, schema });
  const plan = planProvisioning(state, schema);
  if (plan.conflicts.length > 0) throw conflictError(plan.conflicts, siteUrl);
  log({ kind: 'planned', steps: plan.steps, dryRun });
  if (plan.steps.length === 0) {
    log({ kind: 'unchanged' });
    return { siteUrl, outcome: 'unchanged', steps: [] };
  }
  if (dryRun) return { siteUrl, outcome: 'planned', steps: plan.steps };
  const result = await applySteps(sp, plan.steps, {
    state,
    listener: {
      phase: (phase, steps) => log({ kind: 'phase', phase, steps }),
      step: (step, outcome) =>
        log(
          outcome.ok
            ? { kind: 'step', step, outcome: 'done' }
            : { kind: 'step', step, outcome: 'failed', reason: serverMessage(outcome.error) },
        ),
    },
  });
  if (result.firstError !== undefined) {
    const reason = serverMessage(result.firstError);
    log({ kind: 'failed', done: result.done, remaining: result.remaining, reason });
    const failedStep = result.remaining[0];
    const what = failedStep ? describeStep(failedStep) : { sv: 'Provisioneringen', en: 'Provisioning' };
    const error = stepFailure(result.firstError, what);
    throw new AppError(error.code, {
      message:
        `${error.message}\n` +
        `Klart: ${result.done.length} steg; kvar: ${result.remaining.length} steg. Kör provisioneringen igen när felet är åtgärdat; den fortsätter där den slutade.\n` +
        `Done: ${result.done.length} steps; remaining: ${result.remaining.length} steps. Run provisioning again once the error is fixed; it carries on where it stopped.`,
      cause: result.firstError,
    });
  }
  log({ kind: 'done', steps: result.done });
  return { siteUrl, outcome: 'changed', steps: result.done };
}
