import { statusChoice, verdictChoice } from './choices';
import { type ListKey, type ViewSchema } from './types';

// What people who open the lists in SharePoint see besides the items: each list's description and views. The app
// reads items, never these: apart from the list definitions, so the tab does not carry them. Provisioning sets them.

const statusIs = (...statuses: (keyof typeof statusChoice)[]): string => {
  const values = statuses.map((s) => `<Value Type='Choice'>${statusChoice[s]}</Value>`).join('');
  return `<Where><In><FieldRef Name='Status'/><Values>${values}</Values></In></Where>`;
};
const bySektorAndKontor =
  "<GroupBy Collapse='FALSE' GroupLimit='100'><FieldRef Name='SektorName'/><FieldRef Name='KontorName'/></GroupBy>" +
  "<OrderBy><FieldRef Name='Title'/></OrderBy>";
const verdictIs = (verdict: keyof typeof verdictChoice): string =>
  `<Where><Eq><FieldRef Name='Verdict'/><Value Type='Choice'>${verdictChoice[verdict]}</Value></Eq></Where>`;
const reviewerView = ({
  title,
  where,
  fields = ['Title', 'UnitCode', 'ManagerName', 'Status', 'Modified'],
  isDefault = false,
}: {
  title: string;
  where: string;
  fields?: readonly string[];
  isDefault?: boolean;
}): ViewSchema => ({
  title,
  fields,
  query: `${where}${bySektorAndKontor}`,
  rowLimit: 100,
  isDefault,
  scope: 'Recursive',
});

/** Every list's views, by list key; the type makes sure none is missing. */
export const listViews: Readonly<Record<ListKey, readonly ViewSchema[]>> = {
  organisation: [
    {
      title: 'Alla enheter',
      fields: [
        'Title',
        'UnitCode',
        'UnitKind',
        'ParentCode',
        'Stab',
        'ManagerName',
        'Headcount',
        'Arsarbetare',
      ],
      query: "<OrderBy><FieldRef Name='SektorCode'/><FieldRef Name='Title'/></OrderBy>",
      isDefault: true,
    },
  ],
  perioder: [
    {
      title: 'Alla perioder',
      fields: ['Title', 'PeriodId', 'OpensOn', 'ClosesOn'],
      query: "<OrderBy><FieldRef Name='OpensOn' Ascending='FALSE'/></OrderBy>",
      isDefault: true,
    },
  ],
  stodfunktioner: [
    {
      title: 'Alla funktioner',
      fields: ['Title', 'FunctionId', 'GroupId', 'SortOrder'],
      query: "<OrderBy><FieldRef Name='SortOrder'/></OrderBy>",
      isDefault: true,
    },
  ],
  mottagarprofil: [
    {
      title: 'Hela profilen',
      fields: ['Title', 'FunctionId', 'RoleId', 'MinArsarbetare'],
      query: "<OrderBy><FieldRef Name='FunctionId'/></OrderBy>",
      isDefault: true,
    },
  ],
  installningar: [{ title: 'Alla inställningar', fields: ['Title', 'Value'], query: '', isDefault: true }],
  inventeringar: [
    reviewerView({ title: 'Alla inventeringar', where: '', isDefault: true }),
    reviewerView({ title: 'Ej inskickade', where: statusIs('notStarted', 'draft') }),
    reviewerView({ title: 'Inskickade', where: statusIs('submitted') }),
  ],
  inventeringsrader: [
    {
      title: 'Alla rader',
      fields: ['Title', 'UnitCode', 'Persons', 'Arsarbetare', 'SupportLocations', 'Quality', 'Placement'],
      query: bySektorAndKontor,
      isDefault: true,
      scope: 'Recursive',
    },
  ],
  granskningsbeslut: [
    reviewerView({
      title: 'Alla beslut',
      where: '',
      fields: ['Title', 'UnitCode', 'Verdict', 'Comment', 'Author', 'Created'],
      isDefault: true,
    }),
    reviewerView({
      title: 'Återsända',
      where: verdictIs('returned'),
      fields: ['Title', 'UnitCode', 'Comment', 'Author', 'Created'],
    }),
  ],
  exporter: [],
  jamforelser: [],
  oversikter: [],
  sammanstallningar: [],
  paminnelser: [],
  scenarier: [
    {
      title: 'Alla scenarier',
      fields: ['Title', 'PeriodId', 'Modified', 'Editor'],
      query: "<OrderBy><FieldRef Name='Modified' Ascending='FALSE'/></OrderBy>",
      isDefault: true,
    },
  ],
  tider: [
    {
      title: 'Alla tider',
      fields: ['Title', 'SessionKind', 'StartsAt', 'EndsAt', 'Location', 'Online', 'Capacity', 'HostUpn'],
      query: "<OrderBy><FieldRef Name='StartsAt'/></OrderBy>",
      isDefault: true,
    },
  ],
  bokningar: [
    {
      title: 'Alla bokningar',
      fields: ['Title', 'KontorCode', 'Cancelled', 'Invitation', 'Modified', 'Editor'],
      query: "<OrderBy><FieldRef Name='Modified' Ascending='FALSE'/></OrderBy>",
      isDefault: true,
      scope: 'Recursive',
    },
  ],
  seminarieanteckningar: [
    {
      title: 'Alla anteckningar',
      fields: ['Title', 'KontorCode', 'FunctionId', 'Body', 'Modified', 'Editor'],
      query: "<OrderBy><FieldRef Name='KontorCode'/><FieldRef Name='FunctionId'/></OrderBy>",
      isDefault: true,
      scope: 'Recursive',
    },
  ],
  remissrundor: [
    {
      title: 'Alla remissrundor',
      fields: ['Title', 'PeriodId', 'ClosesOn', 'Closed', 'Modified'],
      query: "<OrderBy><FieldRef Name='Modified' Ascending='FALSE'/></OrderBy>",
      isDefault: true,
    },
  ],
  remissvar: [
    {
      title: 'Alla svar',
      fields: ['Title', 'UnitCode', 'RoundId', 'Modified', 'Editor'],
      query: bySektorAndKontor,
      rowLimit: 100,
      isDefault: true,
      scope: 'Recursive',
    },
  ],
};

/** Every list's description (Swedish), shown in SharePoint, by list key. */
export const listDescriptions: Readonly<Record<ListKey, string>> = {
  organisation: 'Kommunens sektorer, kontor och enheter med chefer, från HR-systemet.',
  perioder: 'Inventeringsomgångar: när cheferna kan svara.',
  stodfunktioner: 'Stödfunktionerna som cheferna inventerar, med roller (taxonomin).',
  mottagarprofil:
    'Roller som varje sektor ska ha för att vara mottagare i styrprocessen, med minsta antal årsarbetare.',
  installningar: 'Övriga inställningar för kommunen (JSON), som projektgruppen ändrar i appen.',
  inventeringar:
    'En inventering per enhet och period: chefens status och första linjens avsnitt. Granskarnas beslut finns i Granskningsbeslut.',
  inventeringsrader:
    'En rad per enhet, period och stödfunktion: resurser, kvalitet, kompetens och placering.',
  granskningsbeslut:
    'Granskarnas beslut om inventeringarna: godkänd eller återsänd, med kommentar. Bara enhetens granskare och projektgruppen kan lägga till beslut; ingen kan ändra dem.',
  exporter: 'Excel-exporter och daterade ögonblicksbilder för diariet.',
  jamforelser:
    'Publicerade jämförelser per period: kommunen, varje sektor och kontor. Områden med färre än fem enheter som räknas har inga siffror.',
  oversikter:
    'Översikten som appen senast räknade, en fil per period, så att den öppnas direkt. Appen räknar om när svaren ändras; filerna kan tas bort.',
  sammanstallningar:
    'Sammanställningar till kommunstyrelsen: bara summor per sektor och kommun. Projektgruppen publicerar dem; kommunstyrelsen läser dem i sin kanal.',
  paminnelser: 'Påminnelser till chefer som inte skickat in: en per chef och dag.',
  scenarier:
    'Projektgruppens scenarier för den nya organisationen: per stödfunktion nära verksamheten, samordnad i sektorn eller centraliserad.',
  tider:
    'Tider för intervjuer och gruppseminarier som projektgruppen erbjuder. Kontorscheferna bokar dem i appen.',
  bokningar:
    'Kontorens bokningar av tiderna, en mapp per kontor: bara kontorschefen och projektgruppen kan boka och ändra i kontorets mapp.',
  seminarieanteckningar:
    'Projektgruppens anteckningar från seminarierna per stödfunktion och tema, en mapp per kontor som kontorets och sektorns chefer läser.',
  remissrundor: 'Remissrundor om ett scenario: valen som cheferna tillfrågas om, så som de visades.',
  remissvar: 'Chefernas svar på remissrundorna, en mapp per enhet: chefen svarar, enhetens granskare läser.',
};
