// Token providers: the SharePoint client asks one for a bearer token on every request (src/sharepoint/client.ts).
// MSAL (a browser outside Teams) and nested app authentication (inside Teams) providers come with the manager's
// tab issue; they implement the same `TokenProvider` port, so nothing else changes when they arrive.
export { devIdentityTokenProvider, type DevIdentityTokenOptions } from './devIdentityTokenProvider';
export { staticTokenProvider } from './staticTokenProvider';
