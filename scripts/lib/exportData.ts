// What `npm run export` and `npm run snapshot` share: which period, the data the dashboards aggregate, its
// aggregate, who is signed in, and failures in words (Swedish, then English) that say what to do.
import { type SPFI } from '@pnp/sp';
import { isAppError, type AppErrorCode } from '../../src/domain';
import { workbookInput, type WorkbookInput } from '../../src/exports';
import {
  SharePointDashboardRepository,
  SharePointSettingsRepository,
} from '../../src/sharepoint/repositories';
import { signedInUpn } from '../../src/sharepoint/signedInUser';
import { choosePeriod } from './period';

/**
 * Everything a workbook is made from, read from the site as the signed-in user: the period's data as the dashboards
 * read it (whole kommun), its aggregate, and who made it when. Requests: 2 (periods and the signed-in user, at once)
 * + the dashboard's (2 at 1×).
 */
export async function exportInput(sp: SPFI, options: { period?: string }): Promise<WorkbookInput> {
  const createdAt = new Date().toISOString();
  const [periods, createdBy] = await Promise.all([
    new SharePointSettingsRepository(sp).listPeriods(),
    signedInUpn(sp),
  ]);
  const period = choosePeriod(periods, options.period, createdAt);
  const data = await new SharePointDashboardRepository(sp).load({ periodId: period.id });
  return workbookInput(data, { period, createdAt, createdBy });
}

/** A failure as the scripts print it: what happened and what to do, Swedish then English, and SharePoint's words. */
export function explainFailure(
  error: unknown,
  context: { siteUrl: string; doing: { sv: string; en: string } },
): Error {
  if (!isAppError(error)) return error instanceof Error ? error : new Error(String(error));
  const { siteUrl, doing } = context;
  const texts: Partial<Record<AppErrorCode, [string, string]>> = {
    forbidden: [
      `Du har inte behörighet att ${doing.sv} på ${siteUrl}. Bara projektgruppen och IT får göra det.`,
      `You are not allowed to ${doing.en} on ${siteUrl}. Only the project team and IT may.`,
    ],
    notFound: [
      `${siteUrl} eller biblioteket där saknas, eller så får du inte läsa det. Kontrollera --site och att webbplatsen är provisionerad (npm run provision).`,
      `${siteUrl} or its library is missing, or you may not read it. Check --site and that the site is provisioned (npm run provision).`,
    ],
    unauthenticated: [
      `Inloggningen godtogs inte av ${siteUrl}. Logga in igen eller kontrollera SP_TOKEN.`,
      `${siteUrl} did not accept the sign-in. Sign in again or check SP_TOKEN.`,
    ],
    offline: [
      `Kan inte nå ${siteUrl}. Kontrollera adressen och nätverket (och att emulatorn körs, om det är den).`,
      `Cannot reach ${siteUrl}. Check the address and the network (and that the emulator runs, if it is the emulator).`,
    ],
  };
  const known = texts[error.code];
  if (known === undefined && error.code === 'conflict') return error;
  const [sv, en] = known ?? [
    `Det gick inte att ${doing.sv} på ${siteUrl}.`,
    `Could not ${doing.en} on ${siteUrl}.`,
  ];
  return new Error(`${sv}\n${en}\n(${error.message})`, { cause: error });
}
