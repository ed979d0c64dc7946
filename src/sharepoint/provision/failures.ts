import { AppError, type AppErrorCode } from '../../domain';
import { errorCodeOf, serverMessage } from '../errors';

// Errors of provisioning and the unit access, in words IT can act on: Swedish first, then English, with what to do
// next. Their codes come from the one table in src/sharepoint/errors.ts; `cause` keeps the HTTP error for the log.

/** An AppError for a failure reaching the site at all: wrong URL, no sign-in, no access, no network. */
export function siteUnreachable(error: unknown, siteUrl: string): AppError {
  const code = errorCodeOf(error);
  const detail = serverMessage(error);
  const texts: Partial<Record<AppErrorCode, [string, string]>> = {
    notFound: [
      `Webbplatsen ${siteUrl} finns inte. Kontrollera adressen i --site (till exempel https://kommun.sharepoint.com/sites/stodinventering).`,
      `The site ${siteUrl} does not exist. Check the address given with --site (e.g. https://kommun.sharepoint.com/sites/stodinventering).`,
    ],
    unauthenticated: [
      `Inloggningen godtogs inte av ${siteUrl}. Logga in igen eller kontrollera SP_TOKEN.`,
      `${siteUrl} did not accept the sign-in. Sign in again or check SP_TOKEN.`,
    ],
    forbidden: [
      `Du har ingen åtkomst till ${siteUrl}. Be en webbplatsägare lägga till dig som ägare.`,
      `You have no access to ${siteUrl}. Ask a site owner to make you an owner.`,
    ],
    offline: [
      `Kan inte nå ${siteUrl}. Kontrollera adressen och nätverket (och att emulatorn körs, om det är den).`,
      `Cannot reach ${siteUrl}. Check the address and the network (and that the emulator runs, if it is the emulator).`,
    ],
  };
  const [sv, en] = texts[code] ?? [
    `${siteUrl} svarar inte som en SharePoint-webbplats (${detail}). Kontrollera adressen i --site.`,
    `${siteUrl} does not answer like a SharePoint site (${detail}). Check the address given with --site.`,
  ];
  return new AppError(code === 'unexpected' || code === 'invalid' ? 'notFound' : code, {
    message: `${sv}\n${en}\n(${detail})`,
    cause: error,
  });
}

/** An AppError saying which SharePoint rights the signed-in user lacks on the site. */
export function missingRights(rights: readonly string[], siteUrl: string): AppError {
  const list = rights.join(', ');
  return new AppError('forbidden', {
    message:
      `Du saknar behörigheter på ${siteUrl}: ${list}. Provisioneringen kräver Fullständig behörighet (webbplatsägare eller webbplatssamlingsadministratör); inget har ändrats.\n` +
      `You lack rights on ${siteUrl}: ${list}. Provisioning needs Full Control (a site owner or site collection administrator); nothing was changed.`,
  });
}

/** An AppError for a failed step: what failed, why, as SharePoint said. */
export function stepFailure(error: unknown, what: { sv: string; en: string }): AppError {
  const detail = serverMessage(error);
  return new AppError(errorCodeOf(error), {
    message: `${what.sv} misslyckades: ${detail}\n${what.en} failed: ${detail}`,
    cause: error,
  });
}
