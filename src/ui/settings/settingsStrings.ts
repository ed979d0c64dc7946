import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The settings page's words, in the dashboard's chunk with the page: only the project team opens it.

const sv = {
  title: 'Inställningar',
  back: 'Till översikten',
  intro:
    'Här ändrar projektgruppen kommunens inställningar. Alla ser ändringarna nästa gång de öppnar fliken.',
  loading: 'Hämtar inställningarna…',
  failed: 'Inställningarna kunde inte hämtas.',
  reload: 'Hämta igen',
  notMember:
    'Du är inte med i projektgruppen. Du kan se inställningarna men inte ändra dem: SharePoint tar inte emot ändringar från dig.',
  save: 'Spara inställningarna',
  saving: 'Sparar…',
  saved: 'Inställningarna är sparade.',
  unchanged: 'Inget är ändrat.',
  saveFailed: 'Inställningarna kunde inte sparas.',
  invalidSummary: 'Rätta {count} fel innan du sparar:',
  conflict:
    'Någon annan har ändrat inställningarna medan du arbetade. Dina ändringar finns kvar här men är inte sparade.',
  saveMine: 'Spara mina ändringar ändå',
  takeTheirs: 'Släpp mina ändringar och visa de sparade',
  blocked: 'Ändringen sparades inte: {functions} har besvarade rader och kan inte tas bort.',
  // Taxonomy
  'taxonomy.heading': 'Processgrupper och stödfunktioner',
  'taxonomy.rule':
    'En funktion som chefer har svarat på, i någon period, kan inte tas bort: byt namn på den eller flytta den till en annan grupp. Id kan inte ändras när det är sparat, eftersom svaren hör till det.',
  'groups.heading': 'Processgrupper',
  'group.legend': 'Processgrupp {name}',
  'group.add': 'Lägg till processgrupp',
  'group.inUse': '{name} har {count} funktioner. Flytta eller ta bort dem innan gruppen tas bort.',
  'functions.heading': 'Stödfunktioner',
  'function.legend': 'Stödfunktion {name}',
  'function.add': 'Lägg till stödfunktion',
  'function.group': 'Processgrupp',
  'function.answered': '{count} besvarade rader',
  'function.unanswered': 'Inga besvarade rader',
  'function.countUnknown': 'Antalet besvarade rader är okänt',
  'function.blocked':
    '{name} har {count} besvarade rader och kan inte tas bort. Byt namn på den eller flytta den i stället.',
  'function.countsFailed':
    'Antalet besvarade rader kunde inte räknas, så ingen funktion kan tas bort just nu.',
  'function.removedRequirements': '{name} är borttagen, och med den {count} krav i mottagarprofilen.',
  'function.removed': '{name} är borttagen.',
  'group.removed': '{name} är borttagen.',
  id: 'Id',
  labelSv: 'Namn på svenska',
  labelEn: 'Namn på engelska',
  processType: 'Processtyp',
  'processType.huvudprocess': 'Huvudprocess',
  'processType.styrprocess': 'Styrprocess',
  'processType.stodprocess': 'Stödprocess',
  moveUp: 'Flytta upp {name}',
  moveDown: 'Flytta ned {name}',
  remove: 'Ta bort {name}',
  moved: '{name} är nu nummer {position} av {count}.',
  unnamed: '(utan namn)',
  // Periods
  'periods.heading': 'Perioder',
  'periods.hint': 'Under en period kan cheferna fylla i och lämna in. Datumen räknas i svensk tid.',
  'period.legend': 'Period {name}',
  'period.opensOn': 'Öppnar',
  'period.closesOn': 'Stänger (sista dag)',
  'period.add': 'Lägg till period',
  // Receiver profile
  'receiver.heading': 'Mottagarprofil',
  'receiver.hint':
    'Rollerna varje sektor ska ha för att kunna ta emot styrning, och minsta antal årsarbetare i varje roll.',
  'receiver.kinds': 'Enheter vars personal räknas',
  'kind.sektor': 'Sektorn själv',
  'kind.kontor': 'Kontor',
  'kind.enhet': 'Enheter',
  'receiver.min': 'Minsta antal årsarbetare för {role}',
  'receiver.remove': 'Ta bort kravet på {role}',
  'receiver.addRole': 'Roll att lägga till',
  'receiver.add': 'Lägg till krav',
  'receiver.none': 'Profilen har inga krav.',
  'receiver.allUsed': 'Alla roller har redan ett krav.',
  // Thresholds
  'thresholds.heading': 'Gränser för förslagen',
  'thresholds.hint':
    'Gränserna för förslagen om verksamhetsnära stöd. Översikten använder de sparade gränserna; där kan projektgruppen också pröva andra utan att spara.',
  // The first-line managers' mission
  'mission.heading': 'Första linjens uppdrag',
  'mission.hint':
    'Referensen för chefernas administrativa tid och reglerna för förslaget om chefsnära stöd. Referensvärdena är ett exempel tills kommunen anger sina egna.',
  'mission.reference': 'Referens för {category}, timmar per vecka',
  'mission.minRespondents': 'Minsta antal chefer som svarat',
  'mission.excessHoursTolerance': 'Timmar över referensen som godtas',
  'mission.fullTimeWeekHours': 'Timmar i en heltidsvecka',
  'mission.spanLimit': 'Största medarbetarspann',
  'mission.spanMinShareAbove': 'Andel chefer över spannet som kräver mer stöd (%)',
  'mission.spanRaiseArsarbetare': 'Tillskott när spannet är för stort (årsarbetare per chef)',
  'mission.maxArsarbetarePerManager': 'Mest chefsnära stöd per chef (årsarbetare)',
} as const;

type SettingsKey = keyof typeof sv;

const en: Record<SettingsKey, string> = {
  title: 'Settings',
  back: 'To the overview',
  intro:
    'Here the project team changes the municipality’s settings. Everyone sees the changes the next time they open the tab.',
  loading: 'Reading the settings…',
  failed: 'The settings could not be read.',
  reload: 'Read again',
  notMember:
    'You are not in the project team. You can see the settings but not change them: SharePoint accepts no changes from you.',
  save: 'Save the settings',
  saving: 'Saving…',
  saved: 'The settings are saved.',
  unchanged: 'Nothing has changed.',
  saveFailed: 'The settings could not be saved.',
  invalidSummary: 'Correct {count} errors before you save:',
  conflict:
    'Someone else changed the settings while you were working. Your changes are still here but not saved.',
  saveMine: 'Save my changes anyway',
  takeTheirs: 'Drop my changes and show the saved ones',
  blocked: 'The change was not saved: {functions} have answered lines and cannot be removed.',
  'taxonomy.heading': 'Process groups and support functions',
  'taxonomy.rule':
    'A function managers have answered on, in any period, cannot be removed: rename it or move it to another group. An id cannot change once saved, as the answers belong to it.',
  'groups.heading': 'Process groups',
  'group.legend': 'Process group {name}',
  'group.add': 'Add a process group',
  'group.inUse': '{name} has {count} functions. Move or remove them before removing the group.',
  'functions.heading': 'Support functions',
  'function.legend': 'Support function {name}',
  'function.add': 'Add a support function',
  'function.group': 'Process group',
  'function.answered': '{count} answered lines',
  'function.unanswered': 'No answered lines',
  'function.countUnknown': 'The number of answered lines is unknown',
  'function.blocked': '{name} has {count} answered lines and cannot be removed. Rename or move it instead.',
  'function.countsFailed': 'The answered lines could not be counted, so no function can be removed just now.',
  'function.removedRequirements':
    '{name} is removed, and with it {count} requirements of the receiver profile.',
  'function.removed': '{name} is removed.',
  'group.removed': '{name} is removed.',
  id: 'Id',
  labelSv: 'Name in Swedish',
  labelEn: 'Name in English',
  processType: 'Process type',
  'processType.huvudprocess': 'Core process',
  'processType.styrprocess': 'Steering process',
  'processType.stodprocess': 'Support process',
  moveUp: 'Move {name} up',
  moveDown: 'Move {name} down',
  remove: 'Remove {name}',
  moved: '{name} is now number {position} of {count}.',
  unnamed: '(unnamed)',
  'periods.heading': 'Periods',
  'periods.hint': 'During a period managers can fill in and submit. Dates are Swedish time.',
  'period.legend': 'Period {name}',
  'period.opensOn': 'Opens',
  'period.closesOn': 'Closes (last day)',
  'period.add': 'Add a period',
  'receiver.heading': 'Receiver profile',
  'receiver.hint': 'The roles each sektor needs to receive steering, and the least FTE of each role.',
  'receiver.kinds': 'Units whose staff count',
  'kind.sektor': 'The sektor itself',
  'kind.kontor': 'Offices (kontor)',
  'kind.enhet': 'Units (enheter)',
  'receiver.min': 'Least FTE of {role}',
  'receiver.remove': 'Remove the requirement of {role}',
  'receiver.addRole': 'Role to add',
  'receiver.add': 'Add a requirement',
  'receiver.none': 'The profile has no requirements.',
  'receiver.allUsed': 'Every role already has a requirement.',
  'thresholds.heading': 'Thresholds of the proposals',
  'thresholds.hint':
    'The thresholds of the proposals on support close to operations. The overview uses the saved ones; there the project team can also try others without saving.',
  'mission.heading': 'The first-line managers’ mission',
  'mission.hint':
    'The reference for the managers’ administrative time and the rules of the chefsnära stöd proposal. The reference figures are an example until the municipality gives its own.',
  'mission.reference': 'Reference for {category}, hours per week',
  'mission.minRespondents': 'Fewest managers answering',
  'mission.excessHoursTolerance': 'Hours above the reference that are accepted',
  'mission.fullTimeWeekHours': 'Hours of a full-time week',
  'mission.spanLimit': 'Widest span of control',
  'mission.spanMinShareAbove': 'Share of managers above the span that calls for more support (%)',
  'mission.spanRaiseArsarbetare': 'Added when the span is too wide (FTE per manager)',
  'mission.maxArsarbetarePerManager': 'Most chefsnära stöd per manager (FTE)',
};

/** Looks up and fills in a word of the settings page. */
export type SettingsTranslate = (key: SettingsKey, params?: MessageParams) => string;

/** The settings page's words in `locale`. */
export function settingsTranslator(locale: Locale): SettingsTranslate {
  const table: Record<SettingsKey, string> = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
