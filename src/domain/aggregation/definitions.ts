import { type LocalizedText } from '../i18n/locale';

// Each figure the dashboards, cards and exports show, defined once: its label and what exactly it counts — the
// scope, the base, which answers, the weighting and n. docs/domain.md ("Definitions") carries the same words, and a
// test holds the two together, so the documentation is what the code computes and the UI shows.

/** The figures that have a definition. */
export type FigureId =
  | 'countedAnswers'
  | 'tooFewAnswers'
  | 'rounding'
  | 'progress'
  | 'reportingUnits'
  | 'reportingEmployeeShare'
  | 'supportFte'
  | 'supportPer100'
  | 'staffLocation'
  | 'receivedFrom'
  | 'quality'
  | 'competenceLevels'
  | 'competenceShortfallShare'
  | 'competenceMeanShortfall'
  | 'placementVotes'
  | 'adminHours'
  | 'medarbetarspann'
  | 'chefsnaraStod'
  | 'readiness'
  | 'inequality'
  | 'excludedLines';

/** A figure's label and its definition, in both languages. */
export interface FigureDefinition {
  /** Which figure. */
  readonly id: FigureId;
  /** The short label a chart, table header or card shows. */
  readonly label: LocalizedText;
  /** The definition, shown as the footnote or description beside the figure. */
  readonly definition: LocalizedText;
}

/** Every defined figure, in the order docs/domain.md lists them. */
export const figureDefinitions: readonly FigureDefinition[] = [
  {
    id: 'countedAnswers',
    label: { sv: 'Svar som räknas', en: 'Answers counted' },
    definition: {
      sv:
        'Godkända svar och inskickade svar som väntar på granskning räknas. Har ett godkänt svar öppnats igen eller ' +
        'ändrats räknas det senast godkända svaret tills det nya är granskat. Utkast och återsända svar som aldrig ' +
        'godkänts räknas inte, inte heller ett svar utan någon rad som kan räknas.',
      en:
        'Approved answers and submitted answers awaiting review are counted. When an approved answer has been ' +
        'reopened or changed, the last approved answer counts until the new one is reviewed. Drafts and returned ' +
        'answers never approved are not counted, nor is an answer without any line that can be counted.',
    },
  },
  {
    id: 'tooFewAnswers',
    label: { sv: 'För få svar', en: 'Too few answers' },
    definition: {
      sv:
        'Ett medelvärde eller en andel visas bara när minst 5 enheter har svarat på frågan; annars står det ”för få ' +
        'svar”. Varje medelvärde anges med sitt antal svar (n).',
      en:
        'A mean or a share is shown only when at least 5 units have answered the question; otherwise it reads “too ' +
        'few answers”. Every mean is given with its number of answers (n).',
    },
  },
  {
    id: 'rounding',
    label: { sv: 'Avrundning', en: 'Rounding' },
    definition: {
      sv:
        'Årsarbetare och timmar summeras exakt på hundradelen och avrundas först när de visas, med hälften bort från ' +
        'noll. Där delar visas med sin summa avrundas delarna så att de summerar till den visade summan, och ' +
        'procentandelar till 100 %.',
      en:
        'FTE and hours are summed exactly to the hundredth and rounded only when shown, half away from zero. Where ' +
        'parts are shown with their total, the parts are rounded so that they add up to the total shown, and ' +
        'percentages to 100%.',
    },
  },
  {
    id: 'progress',
    label: { sv: 'Andel inskickade', en: 'Share submitted' },
    definition: {
      sv:
        'Enheter med inskickat eller godkänt svar delat med enheterna som kan svara. Vakanta enheter utan ' +
        'inventering har ingen som kan svara och räknas för sig, utanför basen.',
      en:
        'Units with a submitted or approved answer divided by the units that can answer. Vacant units without an ' +
        'inventory have nobody to answer and are counted apart, outside the base.',
    },
  },
  {
    id: 'reportingUnits',
    label: { sv: 'Enheter som svarat', en: 'Units reporting' },
    definition: {
      sv: 'Enheterna i området vars svar räknas (se Svar som räknas).',
      en: 'The units in the area whose answer is counted (see Answers counted).',
    },
  },
  {
    id: 'reportingEmployeeShare',
    label: { sv: 'Andel anställda i enheter som svarat', en: 'Share of employees in reporting units' },
    definition: {
      sv:
        'Anställda (personer) i de enheter som svarat delat med alla anställda i området: hur stor del av området ' +
        'siffrorna bygger på.',
      en:
        'Employees (headcount) of the units that reported divided by all employees in the area: how much of the ' +
        'area the figures rest on.',
    },
  },
  {
    id: 'supportFte',
    label: { sv: 'Årsarbetare i stöd', en: 'Support FTE' },
    definition: {
      sv:
        'Summan av de årsarbetare som enheterna som svarat har i egen personal för stödfunktionen (eller alla ' +
        'funktioner), i området.',
      en:
        'The sum of the FTE the reporting units have in their own staff for the support function (or all functions), ' +
        'in the area.',
    },
  },
  {
    id: 'supportPer100',
    label: { sv: 'Årsarbetare i stöd per 100 anställda', en: 'Support FTE per 100 employees' },
    definition: {
      sv:
        'Årsarbetare i stöd delat med alla anställda (personer) i området, gånger 100. Basen är alla anställda, även ' +
        'i enheter som inte svarat, så visas andelen anställda i enheter som svarat bredvid.',
      en:
        'Support FTE divided by all employees (headcount) in the area, times 100. The base is every employee, also ' +
        'in units that have not reported, so the share of employees in reporting units is shown beside it.',
    },
  },
  {
    id: 'staffLocation',
    label: { sv: 'Var stödpersonalen sitter', en: 'Where support staff sit' },
    definition: {
      sv:
        'Årsarbetare i stöd efter nivån på enheten som har personalen: egen enhet, kontor, sektor, eller central när ' +
        'enheten ligger i en central sektor. Egen personal är aldrig extern.',
      en:
        'Support FTE by the level of the unit that employs the staff: own unit, office, sector, or central when the ' +
        'unit lies in a central sector. Own staff are never external.',
    },
  },
  {
    id: 'receivedFrom',
    label: { sv: 'Varifrån enheterna får stöd', en: 'Where units receive support from' },
    definition: {
      sv:
        'Antal enheter som svarat att de får stöd i funktionen från respektive nivå, externt bara där chefen sagt så. ' +
        'En enhet kan ange flera nivåer, så antalen summerar inte till antalet enheter.',
      en:
        'Number of reporting units that say they receive support in the function from each level, external only ' +
        'where the manager said so. A unit may name several, so the counts do not add up to the units.',
    },
  },
  {
    id: 'quality',
    label: { sv: 'Kvalitet i stödet', en: 'Quality of support' },
    definition: {
      sv:
        'Medelvärdet (1–5) av chefernas bedömning av stödet de får, en röst per enhet som svarat, oviktat efter ' +
        'enhetens storlek; n är antalet enheter som bedömt kvaliteten.',
      en:
        'The mean (1–5) of the managers’ ratings of the support they receive, one vote per reporting unit, not ' +
        'weighted by size; n is the number of units that rated the quality.',
    },
  },
  {
    id: 'competenceLevels',
    label: { sv: 'Kompetens i dag och behov', en: 'Competence now and needed' },
    definition: {
      sv:
        'Medelvärden (1–5) av kompetensen i dag och den kompetens som behövs, en röst per enhet som angett båda; n ' +
        'är antalet sådana enheter.',
      en:
        'Means (1–5) of the competence today and the competence needed, one vote per unit that gave both; n is the ' +
        'number of such units.',
    },
  },
  {
    id: 'competenceShortfallShare',
    label: { sv: 'Andel enheter med kompetensbrist', en: 'Share of units with a competence shortfall' },
    definition: {
      sv: 'Andelen av enheterna som angett båda kompetensvärdena där behovet är högre än kompetensen i dag.',
      en: 'The share of the units that gave both competence scores whose need is above today’s level.',
    },
  },
  {
    id: 'competenceMeanShortfall',
    label: { sv: 'Genomsnittlig kompetensbrist', en: 'Mean competence shortfall' },
    definition: {
      sv:
        'Medelvärdet av bristen (behov minus i dag, men aldrig under noll) över enheterna som angett båda värdena, ' +
        'så att ett överskott i en enhet inte tar ut en brist i en annan.',
      en:
        'The mean of the shortfall (needed minus now, never below zero) over the units that gave both scores, so ' +
        'that a surplus in one unit does not cancel a shortfall in another.',
    },
  },
  {
    id: 'placementVotes',
    label: { sv: 'Chefernas syn på placering', en: 'Managers’ view of placement' },
    definition: {
      sv:
        'Antal enheter som svarat verksamhetsnära, samordna i sektorn respektive centralisera, en röst per enhet; ' +
        'andelarna räknas på dem som svarat på frågan och avrundas så att de blir 100 %.',
      en:
        'Number of units answering close to operations, coordinate in the sector or centralise, one vote per unit; ' +
        'the shares are of those who answered the question and are rounded to add up to 100%.',
    },
  },
  {
    id: 'adminHours',
    label: { sv: 'Administrativ tid per vecka', en: 'Administrative hours per week' },
    definition: {
      sv:
        'Första linjens chefers timmar per vecka med administration, medelvärde per kategori över dem som svarat på ' +
        'kategorin och i summa över dem som svarat på någon kategori, en röst per chef.',
      en:
        'First-line managers’ hours per week on administration, the mean per category over those who answered the ' +
        'category and in total over those who answered any, one vote per manager.',
    },
  },
  {
    id: 'medarbetarspann',
    label: { sv: 'Medarbetarspann', en: 'Span of control' },
    definition: {
      sv:
        'Antal medarbetare som rapporterar direkt till första linjens chef: medelvärde och största värde över dem som ' +
        'svarat; båda visas först vid minst 5 svar.',
      en:
        'Employees reporting directly to the first-line manager: the mean and the largest over those who answered; ' +
        'both are shown only from 5 answers.',
    },
  },
  {
    id: 'chefsnaraStod',
    label: { sv: 'Chefsnära stöd', en: 'Chefsnära stöd (manager support)' },
    definition: {
      sv: 'Summan av de årsarbetare chefsnära stöd som första linjens chefer som svarat har tillgång till.',
      en: 'The sum of the FTE of chefsnära stöd that the reporting first-line managers have access to.',
    },
  },
  {
    id: 'readiness',
    label: { sv: 'Mottagarberedskap', en: 'Mottagare readiness' },
    definition: {
      sv:
        'För varje sektor och roll i mottagarprofilen: årsarbetare i rollen hos sektorns mottagande enheter (sektorn, ' +
        'dess kontor och stabsenheter) som svarat, mot profilens minimum. Uppfyllt när det räcker; brist när det inte ' +
        'räcker och alla mottagande enheter svarat; ej rapporterat när det inte räcker men någon mottagande enhet ' +
        'inte svarat, med de enheterna uppräknade.',
      en:
        'For each sector and role of the mottagare profile: FTE in the role at the sector’s receiving units (the ' +
        'sector, its offices and its staff units) that reported, against the profile’s minimum. Met when enough; ' +
        'short when not enough and every receiving unit reported; not reported when not enough while a receiving unit ' +
        'has not reported, with those units listed.',
    },
  },
  {
    id: 'inequality',
    label: { sv: 'Skillnad mellan sektorer', en: 'Inequality between sectors' },
    definition: {
      sv:
        'Variationskoefficienten (standardavvikelse delat med medelvärde) mellan sektorerna: av årsarbetare i stöd ' +
        'per 100 anställda i de enheter som svarat, och av mottagarrollernas årsarbetare i de sektorer där alla ' +
        'mottagande enheter svarat.',
      en:
        'The coefficient of variation (standard deviation divided by the mean) across sectors: of support FTE per ' +
        '100 employees in the units that reported, and of the mottagare roles’ FTE in the sectors whose receiving ' +
        'units have all reported.',
    },
  },
  {
    id: 'excludedLines',
    label: { sv: 'Rader som inte räknas', en: 'Lines not counted' },
    definition: {
      sv:
        'Sparade rader som bryter mot formulärets regler (till exempel fler årsarbetare än personer) räknas inte i ' +
        'någon siffra och visas för projektgruppen med enhet, funktion och fel.',
      en:
        'Stored lines that break the form’s rules (for example more FTE than persons) count in no figure and are ' +
        'shown to the project team with unit, function and fault.',
    },
  },
];
