import { type Locale } from '../i18n/locale';
import { fillTemplate, type MessageParams } from '../i18n/translate';

// The slides' words live here, like the proposals' (aggregation/proposalTexts.ts): only the presentation shows
// them, so neither the manager's form nor the dashboards download them. Figures arrive already written for the
// locale (two decimals for FTE), so the templates only place them.

const sv = {
  fte: '{value} åa',
  notesFigure: '{label}: {value}.',
  answers: '{value} ({n} svar)',
  tooFew: 'för få svar ({n})',
  beforeAfter: '{before} i dag → {after}',
  none: '–',

  'title.title': 'Stödinventeringen i {kommun}',
  'title.period': 'Stödinventering: {period}',
  'title.live': 'Aktuella siffror, räknade {when}',
  'title.snapshot': 'Siffror från diariets ögonblicksbild {when}',
  'title.notes': 'Stödinventeringen i {kommun}, {period}, visas {date}.',
  'title.notesLive': 'Siffrorna är aktuella och räknades {when}.',
  'title.notesSnapshot': 'Siffrorna kommer från diariets ögonblicksbild från {when}.',

  'progress.title': 'Hur många har svarat',
  'progress.total': 'Enheter som kan svara',
  'progress.answered': 'Inskickade eller godkända',
  'progress.approved': 'Varav godkända',
  'progress.vacant': 'Vakanta enheter, utanför basen',
  'progress.answeredValue': '{count} ({share})',
  'progress.caption':
    'Svar per sektor: enheter som kan svara, inskickade eller godkända, godkända och andel.',
  'progress.sektor': 'Sektor',
  'progress.units': 'Enheter',
  'progress.share': 'Andel',
  'progress.notes':
    'I kommunen kan {total} enheter svara. {count} av dem har skickat in eller fått sitt svar godkänt, ' +
    'det är {share}. Godkända: {approved}.',
  'progress.notesVacant': 'Vakanta enheter, utan chef som kan svara och utanför basen: {vacant}.',
  'progress.notesSektor': '{sektor}: {count} av {total} enheter har svarat, {share}; godkända: {approved}.',

  'readiness.title': 'Mottagarmatrisen: når sektorerna profilen?',
  'readiness.meeting': 'Sektorer som når hela profilen',
  'readiness.meetingValue': '{met} av {total}',
  'readiness.shortfall': 'Brist mot profilen, sammanlagt',
  'readiness.caption':
    'Varje sektor mot mottagarprofilens roller: uppfyllt, brist i årsarbetare eller ej rapporterat.',
  'readiness.sektor': 'Sektor',
  'readiness.role': '{role}, krav {required}',
  'readiness.metColumn': 'Uppfyllda',
  'readiness.met': 'Uppfyllt {present}',
  'readiness.short': 'Brist {shortfall}',
  'readiness.notReported': 'Ej rapporterat {present}',
  'readiness.metCount': '{met} av {total}',
  'readiness.notes':
    '{met} av {total} sektorer når hela mottagarprofilen. Bristen mot profilen är sammanlagt {shortfall} ' +
    'årsarbetare.',
  'readiness.notesSektor': '{sektor} uppfyller {met} av {total} krav.',
  'readiness.notesMet': '{role}: {present} årsarbetare mot kravet {required}, uppfyllt.',
  'readiness.notesShort': '{role}: {present} årsarbetare mot kravet {required}, en brist på {shortfall}.',
  'readiness.notesNotReported':
    '{role}: {present} årsarbetare hittills mot kravet {required}; alla mottagande enheter har inte svarat.',

  'proposals.title': 'Förslagen: var stödet ska finnas',
  'proposals.functions': '{count} av {total}',
  'proposals.caption':
    'Kommunens förslag per stödfunktion, med chefernas röster om var funktionen hör hemma och antalet svar.',
  'proposals.function': 'Stödfunktion',
  'proposals.proposal': 'Förslag',
  'proposals.votes': 'Svar',
  'proposals.notesKind': '{proposal}: {count} av {total} stödfunktioner.',
  'proposals.notesFunction': '{function}: {proposal}. {n} svar: {votes}.',
  'proposals.notesVote': '{label} {count}',

  'scenario.title': 'Scenariot {name}',
  'scenario.toSektor': 'Samlas i sektorn',
  'scenario.toCentral': 'Centraliseras',
  'scenario.unitsLosing': 'Enheter som förlorar eget stöd',
  'scenario.meeting': 'Sektorer som når mottagarprofilen',
  'scenario.shortfall': 'Brist mot mottagarprofilen',
  'scenario.inequality': 'Skillnad mellan sektorer (variationskoefficient)',
  'scenario.moves': '{placement}: {functions}',
  'scenario.caption':
    'Stöd i årsarbetare per sektor i dag, vad som samlas i sektorn och centraliseras, och efter; enheter som ' +
    'förlorar eget stöd.',
  'scenario.sektor': 'Sektor',
  'scenario.before': 'I dag',
  'scenario.after': 'Efter',
  'scenario.notes':
    'I scenariot {name} samlas {toSektor} årsarbetare i sektorerna och {toCentral} årsarbetare centraliseras. ' +
    'Enheter som förlorar stöd som de har i den egna enheten i dag: {units}.',
  'scenario.notesMeeting': 'Sektorer som når mottagarprofilen: {before} i dag, {after} efter.',
  'scenario.notesShortfall': 'Bristen mot profilen: {before} årsarbetare i dag, {after} efter.',
  'scenario.notesInequality':
    'Skillnaden mellan sektorerna (variationskoefficient): {before} i dag, {after} efter.',
  'scenario.notesSektor':
    '{sektor}: {before} årsarbetare i dag, {toSektor} samlas i sektorn, {toCentral} centraliseras, {after} ' +
    'efter; enheter som förlorar eget stöd: {units}.',

  'firstLine.title': 'Första linjens chefer: uppdraget',
  'firstLine.adminHours': 'Administrativ tid per vecka',
  'firstLine.adminHoursValue': '{hours} h, referens {reference} h ({n} svar)',
  'firstLine.span': 'Chefer med fler än {limit} medarbetare',
  'firstLine.stod': 'Chefsnära stöd per chef',
  'firstLine.proposal': 'Förslag för kommunen',
  'firstLine.proposalColumn': 'Förslag',
  'firstLine.raiseTo': '{label} till {fte} åa per chef',
  'firstLine.addedBySektorer': 'Att tillföra enligt sektorernas förslag',
  'firstLine.caption': 'Chefsnära stöd per chef i dag, förslaget och vad det tillför, per sektor.',
  'firstLine.sektor': 'Sektor',
  'firstLine.today': 'Per chef i dag',
  'firstLine.added': 'Tillförs',
  'firstLine.notesHours':
    'Första linjens chefer lägger i snitt {hours} timmar i veckan på administration, mot referensens ' +
    '{reference} timmar ({n} svar).',
  'firstLine.notesSpan': '{share} av cheferna har fler än {limit} medarbetare ({n} svar).',
  'firstLine.notesStod': 'I dag finns {fte} årsarbetare chefsnära stöd per chef ({n} svar).',
  'firstLine.notesProposal': 'Förslaget för kommunen: {proposal}. {explanation}',
  'firstLine.notesAdded': 'Sektorernas förslag tillför sammanlagt {fte} årsarbetare.',
  'firstLine.notesSektor':
    '{sektor}: {today} årsarbetare per chef i dag; förslag: {proposal}; tillförs {added}.',
  'firstLine.notesSektorTooFew': '{sektor}: {proposal}.',

  'consultation.title': 'Vad cheferna sa om förslagen',
  'consultation.agree': 'Instämmer',
  'consultation.disagree': 'Instämmer inte',
  'consultation.comments': 'Kommentarer',
  'consultation.caption':
    'Per stödfunktion: chefer som instämmer i förslaget, som inte gör det, och kommentarer.',
  'consultation.function': 'Stödfunktion',
  'consultation.notes':
    'Sammanlagt instämmer {agree} i förslagen och {disagree} instämmer inte. Kommentarer: {comments}.',
  'consultation.notesFunction':
    '{function}: {agree} instämmer, {disagree} instämmer inte; kommentarer: {comments}.',
};

/** A key of the slides' texts. */
export type PresentationTextKey = keyof typeof sv;

const en: Readonly<Record<PresentationTextKey, string>> = {
  fte: '{value} FTE',
  notesFigure: '{label}: {value}.',
  answers: '{value} ({n} answers)',
  tooFew: 'too few answers ({n})',
  beforeAfter: '{before} today → {after}',
  none: '–',

  'title.title': 'The support inventory in {kommun}',
  'title.period': 'Support inventory: {period}',
  'title.live': 'Live figures counted at {when}',
  'title.snapshot': 'Figures from the diarium snapshot of {when}',
  'title.notes': 'The support inventory in {kommun}, {period}, shown on {date}.',
  'title.notesLive': 'The figures are live and were counted at {when}.',
  'title.notesSnapshot': 'The figures come from the diarium snapshot of {when}.',

  'progress.title': 'How many have answered',
  'progress.total': 'Units that can answer',
  'progress.answered': 'Submitted or approved',
  'progress.approved': 'Of which approved',
  'progress.vacant': 'Vacant units, outside the base',
  'progress.answeredValue': '{count} ({share})',
  'progress.caption':
    'Answers per sector: units that can answer, submitted or approved, approved, and share.',
  'progress.sektor': 'Sector',
  'progress.units': 'Units',
  'progress.share': 'Share',
  'progress.notes':
    'In the municipality {total} units can answer. {count} of them have submitted or had their answer approved, ' +
    'which is {share}. Approved: {approved}.',
  'progress.notesVacant': 'Vacant units, with no manager to answer and outside the base: {vacant}.',
  'progress.notesSektor': '{sektor}: {count} of {total} units have answered, {share}; approved: {approved}.',

  'readiness.title': 'The mottagare matrix: do the sectors reach the profile?',
  'readiness.meeting': 'Sectors reaching the whole profile',
  'readiness.meetingValue': '{met} of {total}',
  'readiness.shortfall': 'Shortfall against the profile, in total',
  'readiness.caption':
    'Each sector against the roles of the mottagare profile: met, short in FTE, or not reported.',
  'readiness.sektor': 'Sector',
  'readiness.role': '{role}, required {required}',
  'readiness.metColumn': 'Met',
  'readiness.met': 'Met {present}',
  'readiness.short': 'Short {shortfall}',
  'readiness.notReported': 'Not reported {present}',
  'readiness.metCount': '{met} of {total}',
  'readiness.notes':
    '{met} of {total} sectors reach the whole mottagare profile. The shortfall against the profile is ' +
    '{shortfall} FTE in total.',
  'readiness.notesSektor': '{sektor} meets {met} of {total} requirements.',
  'readiness.notesMet': '{role}: {present} FTE against the requirement of {required}, met.',
  'readiness.notesShort':
    '{role}: {present} FTE against the requirement of {required}, short by {shortfall}.',
  'readiness.notesNotReported':
    '{role}: {present} FTE so far against the requirement of {required}; not every receiving unit has answered.',

  'proposals.title': 'The proposals: where support should sit',
  'proposals.functions': '{count} of {total}',
  'proposals.caption':
    'The municipality’s proposal per support function, with the managers’ votes on where it belongs and the ' +
    'number of answers.',
  'proposals.function': 'Support function',
  'proposals.proposal': 'Proposal',
  'proposals.votes': 'Answers',
  'proposals.notesKind': '{proposal}: {count} of {total} support functions.',
  'proposals.notesFunction': '{function}: {proposal}. {n} answers: {votes}.',
  'proposals.notesVote': '{label} {count}',

  'scenario.title': 'The scenario {name}',
  'scenario.toSektor': 'Gathered in the sector',
  'scenario.toCentral': 'Centralised',
  'scenario.unitsLosing': 'Units losing support of their own',
  'scenario.meeting': 'Sectors reaching the mottagare profile',
  'scenario.shortfall': 'Shortfall against the mottagare profile',
  'scenario.inequality': 'Inequality between sectors (coefficient of variation)',
  'scenario.moves': '{placement}: {functions}',
  'scenario.caption':
    'Support in FTE per sector today, what is gathered in the sector and centralised, and after; units losing ' +
    'support of their own.',
  'scenario.sektor': 'Sector',
  'scenario.before': 'Today',
  'scenario.after': 'After',
  'scenario.notes':
    'In the scenario {name}, {toSektor} FTE are gathered in the sectors and {toCentral} FTE are centralised. ' +
    'Units losing support they have in the unit itself today: {units}.',
  'scenario.notesMeeting': 'Sectors reaching the mottagare profile: {before} today, {after} after.',
  'scenario.notesShortfall': 'The shortfall against the profile: {before} FTE today, {after} after.',
  'scenario.notesInequality':
    'Inequality between sectors (coefficient of variation): {before} today, {after} after.',
  'scenario.notesSektor':
    '{sektor}: {before} FTE today, {toSektor} gathered in the sector, {toCentral} centralised, {after} after; ' +
    'units losing support of their own: {units}.',

  'firstLine.title': 'First-line managers: the mission',
  'firstLine.adminHours': 'Administrative time per week',
  'firstLine.adminHoursValue': '{hours} h, reference {reference} h ({n} answers)',
  'firstLine.span': 'Managers with more than {limit} employees',
  'firstLine.stod': 'Chefsnära stöd per manager',
  'firstLine.proposal': 'Proposal for the municipality',
  'firstLine.proposalColumn': 'Proposal',
  'firstLine.raiseTo': '{label} to {fte} FTE per manager',
  'firstLine.addedBySektorer': 'To add by the sectors’ proposals',
  'firstLine.caption': 'Chefsnära stöd per manager today, the proposal and what it adds, per sector.',
  'firstLine.sektor': 'Sector',
  'firstLine.today': 'Per manager today',
  'firstLine.added': 'Added',
  'firstLine.notesHours':
    'First-line managers spend {hours} hours a week on administration on average, against the reference of ' +
    '{reference} hours ({n} answers).',
  'firstLine.notesSpan': '{share} of the managers have more than {limit} employees ({n} answers).',
  'firstLine.notesStod': 'Today there is {fte} FTE of chefsnära stöd per manager ({n} answers).',
  'firstLine.notesProposal': 'The proposal for the municipality: {proposal}. {explanation}',
  'firstLine.notesAdded': 'The sectors’ proposals add {fte} FTE in total.',
  'firstLine.notesSektor': '{sektor}: {today} FTE per manager today; proposal: {proposal}; added {added}.',
  'firstLine.notesSektorTooFew': '{sektor}: {proposal}.',

  'consultation.title': 'What the managers said about the proposals',
  'consultation.agree': 'Agree',
  'consultation.disagree': 'Disagree',
  'consultation.comments': 'Comments',
  'consultation.caption':
    'Per support function: managers agreeing with the proposal, disagreeing, and comments.',
  'consultation.function': 'Support function',
  'consultation.notes':
    'In total {agree} agree with the proposals and {disagree} disagree. Comments: {comments}.',
  'consultation.notesFunction': '{function}: {agree} agree, {disagree} disagree; comments: {comments}.',
};

/** Looks up and fills in one of the slides' texts. */
export type PresentationTranslate = (key: PresentationTextKey, params?: MessageParams) => string;

/** The slides' texts in `locale`. */
export function presentationTranslator(locale: Locale): PresentationTranslate {
  const table = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
