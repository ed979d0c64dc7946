import {
  answerStatuses,
  managerLevels,
  placements,
  sessionKinds,
  supportLocations,
  unitKinds,
} from '../../domain';
import {
  cardRouteChoice,
  deliveryChoice,
  invitationChoice,
  locationChoice,
  managerLevelChoice,
  placementChoice,
  sessionKindChoice,
  statusChoice,
  unitKindChoice,
  verdictChoice,
} from './choices';
import { listNames } from './listNames';
import { type FieldSchema, type ListKey, type ListSchema } from './types';

// The whole site as data: docs/data-model.md explains the choices (keys, indexes, folders, partitions).

const text = (internalName: string, displayName: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  internalName,
  displayName,
  kind: 'Text',
  maxLength: 255,
  ...extra,
});
const note = (internalName: string, displayName: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  internalName,
  displayName,
  kind: 'Note',
  ...extra,
});
const number = (
  internalName: string,
  displayName: string,
  extra: Partial<FieldSchema> = {},
): FieldSchema => ({
  internalName,
  displayName,
  kind: 'Number',
  min: 0,
  ...extra,
});
const indexedText = (internalName: string, displayName: string): FieldSchema =>
  text(internalName, displayName, { indexed: true });

const scopeFields: readonly FieldSchema[] = [
  indexedText('PeriodId', 'Period'),
  indexedText('UnitCode', 'Enhetskod'),
  indexedText('SektorCode', 'Sektorkod'),
  text('SektorName', 'Sektor'),
  indexedText('KontorCode', 'Kontorskod'),
  text('KontorName', 'Kontor'),
];

const organisation: ListSchema = {
  ...listNames.organisation,
  titleDisplayName: 'Namn',
  unitFolders: false,
  fields: [
    text('UnitCode', 'Enhetskod', { required: true, indexed: true, enforceUnique: true }),
    {
      internalName: 'UnitKind',
      displayName: 'Nivå',
      kind: 'Choice',
      required: true,
      choices: unitKinds.map((k) => unitKindChoice[k]),
    },
    text('ParentCode', 'Överordnad enhet', { indexed: true }),
    indexedText('SektorCode', 'Sektorkod'),
    indexedText('KontorCode', 'Kontorskod'),
    indexedText('ManagerUpn', 'Chefens e-post'),
    text('ManagerName', 'Chef'),
    {
      internalName: 'ManagerLevel',
      displayName: 'Chefsnivå',
      kind: 'Choice',
      choices: managerLevels.map((l) => managerLevelChoice[l]),
    },
    number('Headcount', 'Antal medarbetare', { decimals: 0 }),
    number('Arsarbetare', 'Årsarbetare', { decimals: 2 }),
    // Derived by buildOrganisation at import; stored so the manager's form shows it without reading the tree.
    number('ManagersReporting', 'Chefer som rapporterar', { decimals: 0 }),
    {
      internalName: 'Stab',
      displayName: 'Stab',
      kind: 'Boolean',
      description:
        'Ja för en sektors eller ett kontors stab: dess stödpersonal räknas till sektorns mottagare.',
    },
  ],
};

const perioder: ListSchema = {
  ...listNames.perioder,
  titleDisplayName: 'Namn',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Periodkod', { required: true, indexed: true, enforceUnique: true }),
    text('NameEn', 'Namn (engelska)'),
    { internalName: 'OpensOn', displayName: 'Öppnar', kind: 'DateTime', dateOnly: true, required: true },
    { internalName: 'ClosesOn', displayName: 'Stänger', kind: 'DateTime', dateOnly: true, required: true },
  ],
};

const stodfunktioner: ListSchema = {
  ...listNames.stodfunktioner,
  titleDisplayName: 'Funktion',
  unitFolders: false,
  fields: [
    text('FunctionId', 'Funktionskod', { required: true, indexed: true, enforceUnique: true }),
    text('GroupId', 'Grupp', { required: true }),
    text('LabelEn', 'Funktion (engelska)'),
    note('Roles', 'Roller (JSON)'),
    number('SortOrder', 'Ordning', { decimals: 0 }),
  ],
};

const mottagarprofil: ListSchema = {
  ...listNames.mottagarprofil,
  titleDisplayName: 'Roll',
  unitFolders: false,
  fields: [
    text('FunctionId', 'Funktionskod', { required: true }),
    text('RoleId', 'Rollkod', { required: true }),
    number('MinArsarbetare', 'Minsta antal årsarbetare', { decimals: 2, required: true }),
  ],
};

const installningar: ListSchema = {
  ...listNames.installningar,
  titleDisplayName: 'Nyckel',
  unitFolders: false,
  fields: [note('Value', 'Värde (JSON)')],
};

const inventeringar: ListSchema = {
  ...listNames.inventeringar,
  titleDisplayName: 'Enhet',
  unitFolders: true,
  fields: [
    text('InventoryKey', 'Inventeringsnyckel', { required: true, indexed: true, enforceUnique: true }),
    ...scopeFields,
    indexedText('ManagerUpn', 'Chefens e-post'),
    text('ManagerName', 'Chef'),
    {
      internalName: 'Status',
      displayName: 'Status',
      kind: 'Choice',
      required: true,
      indexed: true,
      choices: answerStatuses.map((s) => statusChoice[s]),
    },
    text('SubmittedBy', 'Inskickad av'),
    { internalName: 'SubmittedAt', displayName: 'Inskickad', kind: 'DateTime' },
    note('FirstLine', 'Första linjen (JSON)'),
    number('AdminHoursTotal', 'Administrativa timmar per vecka', { decimals: 1 }),
    number('ChefsnaraStodArsarbetare', 'Chefsnära stöd (årsarbetare)', { decimals: 2 }),
    number('Medarbetarspann', 'Medarbetarspann', { decimals: 0 }),
    note('LackingSupport', 'Stöd som saknas', { maxLength: 2000 }),
    // The answer's figures in one column (mapping/figuresText.ts), written with every save, so the dashboards
    // read one item per unit instead of twenty lines; JSON written by the app, in no view.
    note('Summary', 'Svarets siffror', {
      description:
        'Svarets siffror (JSON), skrivna av appen vid varje sparning. Lämna tomt i SharePoints eget formulär.',
    }),
  ],
};

const inventeringsrader: ListSchema = {
  ...listNames.inventeringsrader,
  titleDisplayName: 'Funktion',
  unitFolders: true,
  fields: [
    text('InventoryKey', 'Inventeringsnyckel', { required: true, indexed: true }),
    indexedText('Partition', 'Partition'),
    ...scopeFields,
    text('FunctionId', 'Funktionskod', { required: true }),
    number('Persons', 'Personer', { decimals: 0 }),
    number('Arsarbetare', 'Årsarbetare', { decimals: 2 }),
    note('Roles', 'Roller (JSON)'),
    {
      internalName: 'SupportLocations',
      displayName: 'Var stödet finns',
      kind: 'MultiChoice',
      choices: supportLocations.map((l) => locationChoice[l]),
    },
    number('Quality', 'Kvalitet', { min: 1, max: 5, decimals: 0 }),
    number('CompetenceNow', 'Kompetens i dag', { min: 1, max: 5, decimals: 0 }),
    number('CompetenceNeeded', 'Kompetens som behövs', { min: 1, max: 5, decimals: 0 }),
    note('CompetenceGap', 'Kompetensgap', { maxLength: 2000 }),
    {
      internalName: 'Placement',
      displayName: 'Placering',
      kind: 'Choice',
      choices: placements.map((p) => placementChoice[p]),
    },
    note('Comment', 'Kommentar', { maxLength: 2000 }),
  ],
};

const granskningsbeslut: ListSchema = {
  ...listNames.granskningsbeslut,
  titleDisplayName: 'Enhet',
  unitFolders: true,
  fields: [
    text('InventoryKey', 'Inventeringsnyckel', { required: true, indexed: true }),
    // `<periodId>:<sektorCode>`: decisions are few, so a sektor's fit in one page even at 10×.
    indexedText('Partition', 'Partition'),
    ...scopeFields,
    {
      internalName: 'Verdict',
      displayName: 'Beslut',
      kind: 'Choice',
      required: true,
      choices: [verdictChoice.approved, verdictChoice.returned],
    },
    note('Comment', 'Kommentar till chefen', { maxLength: 2000 }),
    // The IDs and versions of the inventory's items when it was decided on: longer than a text column holds.
    note('Revision', 'Granskad version', { required: true }),
    // An approval's copy of the figures it approved (mapping/figures.ts), so they count while a newer answer is in
    // review; JSON written by the app, in no view.
    note('Figures', 'Godkända siffror', {
      description:
        'Siffrorna som godkändes (JSON), skrivna av appen. Lämna tomt i SharePoints eget formulär.',
    }),
  ],
};

const exporter: ListSchema = {
  ...listNames.exporter,
  titleDisplayName: 'Rubrik',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { indexed: true }),
    // A snapshot's file's SHA-256 (docs/exports.md), written when the file is stored; `--verify` recomputes it.
    text('Checksum', 'Kontrollsumma (SHA-256)', {
      maxLength: 64,
      description: 'Filens SHA-256 (64 hexadecimala tecken), skriven när ögonblicksbilden sparades.',
    }),
  ],
};

// Nothing here is about one unit (a group of fewer than five counted units is published without figures), so
// the list needs no unit folders: every manager reads it, only the project team writes (listPermissions.ts).
const jamforelser: ListSchema = {
  ...listNames.jamforelser,
  titleDisplayName: 'Område',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    // `kommun`, `sektor:<kod>` or `kontor:<kod>`: a manager reads their three by it.
    text('ScopeKey', 'Områdesnyckel', { required: true, indexed: true }),
    number('UnitsCounted', 'Enheter som räknas', { decimals: 0 }),
    note('Figures', 'Publicerade siffror', {
      description:
        'Områdets siffror (JSON), skrivna av appen; tomt när färre än fem enheter räknas. Lämna orört i SharePoints eget formulär.',
    }),
    { internalName: 'PublishedAt', displayName: 'Publicerad', kind: 'DateTime' },
  ],
};

// The overview as the project team's tab last counted it, one JSON file per period, so that the overview opens
// without reading every unit (docs/data-model.md, "Dashboards at region scale"). Its figures are of every unit, so
// only those who read every inventory may read it (listPermissions.ts).
const oversikter: ListSchema = {
  ...listNames.oversikter,
  titleDisplayName: 'Rubrik',
  unitFolders: false,
  fields: [],
};

// What the board is told: one item per summary the project team publishes, with the route it took into the
// channel and whether it arrived. The summary holds aggregates only (domain/board), so the board reads the list.
const sammanstallningar: ListSchema = {
  ...listNames.sammanstallningar,
  titleDisplayName: 'Område',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    // `kommun` or `sektor:<kod>`: the board's tab reads the latest of its scope by it.
    text('ScopeKey', 'Områdesnyckel', { required: true, indexed: true }),
    note('Summary', 'Sammanställning', {
      required: true,
      description: 'Sammanställningen (JSON), skriven av appen. Lämna orörd i SharePoints eget formulär.',
    }),
    {
      internalName: 'Route',
      displayName: 'Väg',
      kind: 'Choice',
      required: true,
      choices: [cardRouteChoice.graph, cardRouteChoice.workflows],
    },
    {
      internalName: 'Delivery',
      displayName: 'Leverans',
      kind: 'Choice',
      required: true,
      choices: [deliveryChoice.sending, deliveryChoice.posted, deliveryChoice.failed],
    },
    text('MessageId', 'Inläggets id', { maxLength: 64 }),
    { internalName: 'PostedAt', displayName: 'Publicerad', kind: 'DateTime' },
  ],
};

// One item per reminder, keyed by period, manager and Swedish day: SharePoint's unique column refuses a second
// reminder to the same manager the same day, whoever sends it.
const paminnelser: ListSchema = {
  ...listNames.paminnelser,
  titleDisplayName: 'Enhet',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    // `<periodId>:<sektorCode>`: a sektor's reminders fit one page even at 10×.
    indexedText('Partition', 'Partition'),
    text('ReminderKey', 'Påminnelsenyckel', { required: true, indexed: true, enforceUnique: true }),
    text('UnitCode', 'Enhetskod', { required: true }),
    text('ManagerUpn', 'Chef (UPN)', { required: true }),
    {
      internalName: 'Delivery',
      displayName: 'Leverans',
      kind: 'Choice',
      required: true,
      choices: [deliveryChoice.sending, deliveryChoice.posted, deliveryChoice.failed],
    },
  ],
};

// The project team's "what if"s: one item per scenario, its choices as JSON (domain/scenarios). The unique NameKey
// (`<periodId>|<name in lower case>`) keeps two people from saving two scenarios of one name at once.
const scenarier: ListSchema = {
  ...listNames.scenarier,
  titleDisplayName: 'Namn',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    text('NameKey', 'Namnnyckel', { required: true, indexed: true, enforceUnique: true }),
    note('Scenario', 'Scenario', {
      required: true,
      description: 'Scenariots val (JSON), skrivet av appen. Lämna orörd i SharePoints eget formulär.',
    }),
  ],
};

// The times the project team offers for interviews and group seminars (domain/bookings): every manager reads them,
// the project team writes them. The unique SlotId is the key a booking holds.
const tider: ListSchema = {
  ...listNames.tider,
  titleDisplayName: 'Rubrik',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    text('SlotId', 'Tidens id', { required: true, indexed: true, enforceUnique: true }),
    {
      internalName: 'SessionKind',
      displayName: 'Slag',
      kind: 'Choice',
      required: true,
      choices: sessionKinds.map((k) => sessionKindChoice[k]),
    },
    { internalName: 'StartsAt', displayName: 'Börjar', kind: 'DateTime', required: true },
    { internalName: 'EndsAt', displayName: 'Slutar', kind: 'DateTime', required: true },
    text('Location', 'Plats'),
    { internalName: 'Online', displayName: 'Teamsmöte', kind: 'Boolean' },
    number('Capacity', 'Högst antal chefer', { min: 1, decimals: 0, required: true }),
    text('HostUpn', 'Värd (e-post)', { required: true }),
  ],
};

// A kontor's bookings of the times, in the kontor's folder: its head books, rebooks and cancels there, and nowhere
// else (docs/bookings.md). SlotKey is the time's id while booked, so SharePoint refuses a second booking of one
// time even by a kontor that cannot see the first; a cancelled booking frees it by holding `<slotId>:avbokad:<id>`.
const bokningar: ListSchema = {
  ...listNames.bokningar,
  titleDisplayName: 'Rubrik',
  unitFolders: 'kontor',
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    text('KontorCode', 'Kontorskod', { required: true, indexed: true }),
    text('SlotId', 'Tidens id', { required: true, indexed: true }),
    text('SlotKey', 'Bokad tid', { required: true, indexed: true, enforceUnique: true }),
    note('Booking', 'Bokning', {
      required: true,
      description: 'Tiden, cheferna och vem som bokade (JSON), skrivet av appen. Lämna orört.',
    }),
    { internalName: 'Cancelled', displayName: 'Avbokad', kind: 'Boolean' },
    number('Sequence', 'Ändringar', { decimals: 0 }),
    {
      internalName: 'Invitation',
      displayName: 'Inbjudan',
      kind: 'Choice',
      required: true,
      choices: [invitationChoice.sending, invitationChoice.sent, invitationChoice.failed],
    },
    text('EventId', 'Kalenderhändelsens id'),
    note('JoinUrl', 'Länk till Teamsmötet'),
  ],
};

// What a seminar brought up, per stödfunktion and theme, recorded by the project team in the kontor's folder: its
// head and the sektor's read it beside the kontor's figures.
const seminarieanteckningar: ListSchema = {
  ...listNames.seminarieanteckningar,
  titleDisplayName: 'Tema',
  unitFolders: 'kontor',
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    text('KontorCode', 'Kontorskod', { required: true, indexed: true }),
    text('FunctionId', 'Funktionskod'),
    text('SlotId', 'Tidens id'),
    note('Body', 'Anteckning', { required: true, maxLength: 4000 }),
  ],
};

// A consultation round on a scenario: its choices frozen as they were shown, so the answers stay with what was
// asked even when the scenario changes later. Every manager reads it; the project team writes it.
const remissrundor: ListSchema = {
  ...listNames.remissrundor,
  titleDisplayName: 'Namn',
  unitFolders: false,
  fields: [
    text('PeriodId', 'Period', { required: true, indexed: true }),
    text('RoundId', 'Rundans id', { required: true, indexed: true, enforceUnique: true }),
    note('Round', 'Remiss', {
      required: true,
      description: 'Scenariots val som de visades (JSON), skrivet av appen. Lämna orört.',
    }),
    // Indexed: the tab reads the rounds still open by it when it starts, before it knows the period.
    {
      internalName: 'ClosesOn',
      displayName: 'Sista svarsdag',
      kind: 'DateTime',
      dateOnly: true,
      indexed: true,
    },
    { internalName: 'Closed', displayName: 'Stängd', kind: 'Boolean' },
  ],
};

// A manager's answers to a round, in the unit's folder: the manager writes, the unit's reviewers read, so a reviewer
// of another sektor sees nothing of it. The folder proves whose an answer is (mapping/folders.ts).
const remissvar: ListSchema = {
  ...listNames.remissvar,
  titleDisplayName: 'Enhet',
  unitFolders: true,
  fields: [
    // `<roundId>:<unitCode>`, named like InventoryKey so the folder check is the same.
    text('AnswerKey', 'Svarsnyckel', { required: true, indexed: true }),
    text('RoundId', 'Rundans id', { required: true, indexed: true }),
    // `<roundId>:<sektorCode>`: a sektor's answers fit in one page even at 10×.
    indexedText('Partition', 'Partition'),
    ...scopeFields,
    note('Answers', 'Svar', {
      required: true,
      description: 'Svaren per förslag (JSON), skrivna av appen. Lämna orörda.',
    }),
  ],
};

/** Every list of the site by key; the type makes sure none is missing. */
export const lists: Readonly<Record<ListKey, ListSchema>> = {
  organisation,
  perioder,
  stodfunktioner,
  mottagarprofil,
  installningar,
  inventeringar,
  inventeringsrader,
  granskningsbeslut,
  exporter,
  jamforelser,
  oversikter,
  sammanstallningar,
  paminnelser,
  scenarier,
  tider,
  bokningar,
  seminarieanteckningar,
  remissrundor,
  remissvar,
};

/** Every list of the site, in the order provisioning creates them. */
export const siteLists: readonly ListSchema[] = Object.values(lists);
