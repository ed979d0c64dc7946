import { staticTokenProvider } from '../../../src/auth';
import { createSharePointClient } from '../../../src/sharepoint/client';
import {
  listByKey,
  listServerRelativeUrl,
  serverRelativeSite,
  siteUrlOf,
  unitFolderUrl,
} from '../../../src/sharepoint/lists';

const siteUrl = 'https://kommun.sharepoint.com/sites/stodinventering';

it('finds lists by URL: generic lists under /Lists, the document library at the site root', () => {
  expect(listServerRelativeUrl(siteUrl, 'inventeringar')).toBe('/sites/stodinventering/Lists/Inventeringar');
  expect(listServerRelativeUrl(`${siteUrl}/`, 'stodfunktioner')).toBe(
    '/sites/stodinventering/Lists/Stodfunktioner',
  );
  expect(listServerRelativeUrl('/sites/stodinventering', 'exporter')).toBe('/sites/stodinventering/Exporter');
});

it('places a unit’s folder inside the list', () => {
  expect(unitFolderUrl(siteUrl, 'inventeringsrader', 'E1042')).toBe(
    '/sites/stodinventering/Lists/Inventeringsrader/E1042',
  );
});

it('reads the site back from a client, and decodes an encoded path', () => {
  const sp = createSharePointClient({ siteUrl: `${siteUrl}/`, tokens: staticTokenProvider('t') });
  expect(siteUrlOf(sp)).toBe(siteUrl);
  expect(serverRelativeSite('https://x.sharepoint.com/sites/st%C3%B6d/')).toBe('/sites/stöd');
});

it('builds a fresh getList chain on every call', () => {
  const sp = createSharePointClient({ siteUrl, tokens: staticTokenProvider('t') });
  const a = listByKey(sp, 'organisation');
  const b = listByKey(sp, 'organisation');
  expect(a).not.toBe(b);
  expect(a.toUrl()).toBe(`${siteUrl}/_api/web/getList('%2Fsites%2Fstodinventering%2FLists%2FOrganisation')`);
});
