// The wiring of the work that carries the inventory into the new organisation: bookings (a kontorschef's and the
// project team's), the consultation round (every manager's) and Chefsdagen (the project team's). It loads with the
// project team's wiring (projectTeam.ts); the features' code loads when first called, in the one chunk their pages
// are in (every chunk more is one more entry in the runtime every user loads).
import { type RuntimeConfig } from '../auth';
import { type TokenProvider } from '../domain';
import { type createSharePointClient } from '../sharepoint/client';
import { type ManagerServices } from '../ui/services';

/** What these services are wired from. */
export interface OrganisationWorkParts {
  readonly sp: ReturnType<typeof createSharePointClient>;
  readonly config: RuntimeConfig;
  readonly tokens: TokenProvider;
  readonly upn: string;
}

/** The services of bookings, the consultation round and Chefsdagen. */
export type OrganisationWorkServices = Pick<ManagerServices, 'bookings' | 'consultation' | 'presentation'>;

/** The services on a signed-in user's SharePoint client. */
export function organisationWorkServices(parts: OrganisationWorkParts): OrganisationWorkServices {
  const { sp, config, tokens, upn } = parts;
  return {
    // Bokningar, Tider and the invitations in the signed-in user's own calendar, through the Graph the channel
    // uses (the local receiver under `npm start`), else Graph itself.
    bookings: async () => {
      const [{ bookingServices }, { SharePointBookingStore }, graph] = await Promise.all([
        import(/* webpackChunkName: "organisation" */ '../ui/bookings/bookingServices'),
        import(/* webpackChunkName: "organisation" */ '../sharepoint/repositories/bookingStore'),
        import(/* webpackChunkName: "organisation" */ '../graph'),
      ]);
      const client = graph.createGraphClient({ graphUrl: config.channel?.graphUrl, tokens });
      return bookingServices({
        store: new SharePointBookingStore(sp),
        calendar: {
          create: (meeting) => graph.createMeeting(client, meeting),
          update: (ref, changes) => graph.updateMeeting(client, ref, changes),
          cancel: (ref, comment) => graph.cancelMeeting(client, ref, comment),
        },
        upn,
        now: () => new Date(),
        newId: () => crypto.randomUUID(),
      });
    },
    // Remissrundor and Remissvar; Scenarier and the period's figures only when the project team opens a round.
    consultation: async () => {
      const [
        { consultationServices },
        { SharePointConsultationStore },
        { SharePointScenarioStore },
        { SharePointDashboardRepository },
        { SharePointInventoryRepository },
      ] = await Promise.all([
        import(/* webpackChunkName: "organisation" */ '../ui/consultation/consultationServices'),
        import(/* webpackChunkName: "organisation" */ '../sharepoint/repositories/consultationStore'),
        import(/* webpackChunkName: "organisation" */ '../sharepoint/repositories/scenarioStore'),
        import(/* webpackChunkName: "organisation" */ '../sharepoint/repositories/dashboardRepository'),
        import(/* webpackChunkName: "organisation" */ '../sharepoint/repositories/inventoryRepository'),
      ]);
      return consultationServices({
        store: new SharePointConsultationStore(sp),
        scenarios: new SharePointScenarioStore(sp),
        upn,
        now: () => new Date(),
        newId: () => crypto.randomUUID(),
        loadFigures: (query) => new SharePointDashboardRepository(sp).loadFigures(query),
        // A round after its period has closed: the unit's answer of that period, which `loadMine` no longer reads.
        loadInventory: (periodId, unitId) => new SharePointInventoryRepository(sp).get(periodId, unitId),
      });
    },
    // pptxgenjs loads with the first file made.
    presentation: async () => {
      const { loadPresentation } = await import(/* webpackChunkName: "organisation" */ '../exports');
      return {
        pptx: async (slides, locale) =>
          (await loadPresentation()).presentationPptxBytes(slides, { locale, author: upn }),
      };
    },
  };
}
