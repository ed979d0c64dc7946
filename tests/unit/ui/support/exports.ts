// The export panel's services as the composition root wires them (src/main.tsx), on the test site as `upn`: the
// tab's exports over the app's own repositories, the requests going through `network` when one is given.
import { devIdentityTokenProvider } from '../../../../src/auth';
import { tabExports } from '../../../../src/exports/tabExports';
import { createSharePointClient } from '../../../../src/sharepoint/client';
import { exportLibrary } from '../../../../src/sharepoint/repositories/exportLibrary';
import { type ExportServices } from '../../../../src/ui/exports/exportServices';
import { type TestNetwork } from './network';
import { type TestSite } from './site';

/** The SharePoint client of `upn` on the test site. */
export function spFor(site: TestSite, upn: string, network?: TestNetwork) {
  const sp = createSharePointClient({
    siteUrl: site.siteUrl,
    tokens: devIdentityTokenProvider({ emulatorUrl: site.url, upn }),
  });
  if (network !== undefined) sp.using(network.behavior());
  return sp;
}

/** The export services of `upn`, as `ManagerServices.exports` gives them. */
export function exportServicesFor(
  site: TestSite,
  upn: string,
  network?: TestNetwork,
): () => Promise<ExportServices> {
  const sp = spFor(site, upn, network);
  return async () => tabExports({ ...exportLibrary(sp), upn, now: () => new Date() });
}
