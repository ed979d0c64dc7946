import { type Locale, type LocalizedText } from '../i18n/locale';
import { fillTemplate, type MessageParams } from '../i18n/translate';

// The words of the chefsnära stöd proposals live here, like the verksamhetsnära proposals' in
// aggregation/proposalTexts.ts: only the dashboards, cards and exports show them, so the manager's form never
// downloads them.

const sv = {
  'proposal.raise': 'Höj det chefsnära stödet',
  'proposal.keep': 'Behåll dagens nivå',
  'proposal.insufficientData': 'För få svar för ett förslag',
  hours:
    'Cheferna lägger i snitt {hours} timmar i veckan på administration, mot referensens {reference} timmar ' +
    '({n} svar).',
  hoursPartial:
    'I de kategorier som har ett referensvärde ({categories} av {total}) lägger cheferna i snitt {hours} timmar ' +
    'i veckan på administration, mot referensens {reference} timmar ({n} svar).',
  hoursNoReference: 'Det finns inga referensvärden för den administrativa tiden, så den jämförs inte.',
  span: '{share} av cheferna har fler än {limit} medarbetare ({n} svar).',
  stod: 'I dag finns {perManager} årsarbetare chefsnära stöd per chef, {total} sammanlagt ({n} svar).',
  'rule.insufficientData':
    'Ett förslag kräver svar från minst {min} chefer om administrativ tid, medarbetarspann och chefsnära stöd; ' +
    'här finns {n}.',
  'rule.keepWithinReference':
    'Tiden ligger högst {tolerance} timmar över referensen och färre än {minShare} av cheferna har fler än ' +
    '{limit} medarbetare.',
  'rule.keepNotAbove':
    'Tiden ligger inte över referensen och färre än {minShare} av cheferna har fler än {limit} medarbetare.',
  'rule.keepSpanOnly': 'Färre än {minShare} av cheferna har fler än {limit} medarbetare.',
  'reason.hours':
    'Tiden ligger mer än {tolerance} timmar över referensen: {excess} timmar i veckan delat med en heltidsvecka ' +
    'på {week} timmar ger {need} årsarbetare per chef.',
  'reason.span':
    'Minst {minShare} av cheferna har fler än {limit} medarbetare, vilket ger {need} årsarbetare per chef.',
  'action.raise':
    'Förslag: höj det chefsnära stödet med {added} till {proposed} årsarbetare per chef, {addedTotal} ' +
    'årsarbetare sammanlagt.',
  'action.raiseCapped':
    'Förslag: höj det chefsnära stödet med {added} till taket på {proposed} årsarbetare per chef, {addedTotal} ' +
    'årsarbetare sammanlagt.',
  'action.keepAtCap':
    'Dagens {today} årsarbetare per chef når redan taket på {cap}. Förslag: behåll dagens nivå.',
  'action.keep': 'Förslag: behåll dagens nivå.',
};

/** A key of the chefsnära stöd proposals' texts. */
export type FirstLineTextKey = keyof typeof sv;

const en: Record<FirstLineTextKey, string> = {
  'proposal.raise': 'Raise chefsnära stöd',
  'proposal.keep': 'Keep today’s level',
  'proposal.insufficientData': 'Too few answers for a proposal',
  hours:
    'The managers spend {hours} hours a week on administration on average, against the reference of ' +
    '{reference} hours ({n} answers).',
  hoursPartial:
    'In the categories with a reference figure ({categories} of {total}), the managers spend {hours} hours a ' +
    'week on administration on average, against the reference of {reference} hours ({n} answers).',
  hoursNoReference: 'There are no reference figures for administrative time, so it is not compared.',
  span: '{share} of the managers have more than {limit} employees ({n} answers).',
  stod: 'Today there is {perManager} FTE of chefsnära stöd per manager, {total} in total ({n} answers).',
  'rule.insufficientData':
    'A proposal needs answers from at least {min} managers on administrative time, span of control and ' +
    'chefsnära stöd; there are {n}.',
  'rule.keepWithinReference':
    'The time is at most {tolerance} hours above the reference and fewer than {minShare} of the managers have ' +
    'more than {limit} employees.',
  'rule.keepNotAbove':
    'The time is not above the reference and fewer than {minShare} of the managers have more than {limit} ' +
    'employees.',
  'rule.keepSpanOnly': 'Fewer than {minShare} of the managers have more than {limit} employees.',
  'reason.hours':
    'The time is more than {tolerance} hours above the reference: {excess} hours a week divided by a full-time ' +
    'week of {week} hours gives {need} FTE per manager.',
  'reason.span':
    'At least {minShare} of the managers have more than {limit} employees, which gives {need} FTE per manager.',
  'action.raise':
    'Proposal: raise chefsnära stöd by {added} to {proposed} FTE per manager, {addedTotal} FTE in total.',
  'action.raiseCapped':
    'Proposal: raise chefsnära stöd by {added} to the cap of {proposed} FTE per manager, {addedTotal} FTE in ' +
    'total.',
  'action.keepAtCap':
    'Today’s {today} FTE per manager already reaches the cap of {cap}. Proposal: keep today’s level.',
  'action.keep': 'Proposal: keep today’s level.',
};

const tables: Readonly<Record<Locale, Readonly<Record<FirstLineTextKey, string>>>> = { sv, en };

/** One of the chefsnära stöd proposals' texts in both languages. */
export function firstLineText(key: FirstLineTextKey, params?: MessageParams): LocalizedText {
  return {
    sv: fillTemplate(tables.sv[key], { locale: 'sv', params }),
    en: fillTemplate(tables.en[key], { locale: 'en', params }),
  };
}
