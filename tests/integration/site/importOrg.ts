// Shared steps of the import tests: a provisioned site with an open period, and reading a fixture file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Unit } from '../../../src/domain';
import { csvTable, decodeText, readOrganisation } from '../../../src/sharepoint/import';
import { provisionSite } from '../../../src/sharepoint/provision';
import { SharePointSettingsRepository } from '../../../src/sharepoint/repositories';
import { ADMIN, type SiteUnderTest } from './harness';

/** The fixtures' directory. */
export const fixtures = join(__dirname, '../../fixtures/org');

/** The units of a fixture file. @throws when the file has issues */
export function unitsOf(name: string): Unit[] {
  const { text, encoding } = decodeText(readFileSync(join(fixtures, name)));
  const file = readOrganisation(csvTable(text, encoding));
  if (!file.ok) throw new Error(JSON.stringify(file.issues));
  return [...file.units];
}

const isoDay = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The period the tests import into: open today. */
export const openPeriod = {
  id: 'HT-test',
  name: { sv: 'Testomgången', en: 'The test round' },
  opensOn: isoDay(-10),
  closesOn: isoDay(30),
};

/** Provisions the site and stores an open period. */
export async function prepareSite(site: SiteUnderTest): Promise<void> {
  await provisionSite(site.sp(ADMIN), { log: () => undefined });
  await new SharePointSettingsRepository(site.sp(ADMIN)).savePeriod(openPeriod);
}

/** The items of a list as plain rows (nometadata), read as the admin. */
export async function rows(
  site: SiteUnderTest,
  listPath: string,
  query = '',
): Promise<Record<string, unknown>[]> {
  const response = await site.fetch(
    `web/getList('/sites/stodinventering/Lists/${listPath}')/items?$top=5000${query ? `&${query}` : ''}`,
  );
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: Record<string, unknown>[] }).value;
}
