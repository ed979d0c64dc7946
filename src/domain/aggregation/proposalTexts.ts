import { type Locale, type LocalizedText } from '../i18n/locale';
import { fillTemplate, type MessageParams } from '../i18n/translate';

// The proposals' words live here, not in the tab's string tables: only the dashboards, cards and exports show them,
// and they load with the aggregation, so the manager's form never downloads them.

const sv = {
  'proposal.verksamhetsnara': 'Behåll verksamhetsnära',
  'proposal.samordnaSektor': 'Samordna i sektorn',
  'proposal.centralisera': 'Centralisera',
  'proposal.insufficientData': 'För få svar för ett förslag',
  votes:
    'Av {n} chefer som angett placering vill {close} ha stödet verksamhetsnära, {sector} samordnat i sektorn och ' +
    '{central} centraliserat.',
  noVotes: 'Ingen chef har angett placering.',
  'rule.insufficientData': 'Det krävs minst {minVotes} svar om placering för ett förslag.',
  'rule.tie':
    'Lika många vill ha det {first} som {second}, så ingen sida har övervikt: förslaget blir mellanvägen.',
  'rule.keepCloseMajority': 'Fler vill ha det verksamhetsnära än något annat, och minst {threshold}.',
  'rule.centraliseMajority':
    'Minst {threshold} vill centralisera, vilket räcker för ett förslag att centralisera.',
  'rule.centraliseFragmented':
    'Stödet är splittrat på {units} enheter med i snitt {mean} årsarbetare var, och kvaliteten är under {below}.',
  'rule.coordinateCloseLowQuality':
    'Fler vill ha det verksamhetsnära, men kvaliteten är under {min}: samordna i sektorn och behåll närheten.',
  'rule.coordinateMixed': 'Inget alternativ når sin gräns: samordna i sektorn.',
  qualityMean: 'Kvaliteten är i snitt {mean} av 5 ({n} svar).',
  qualityTooFew: 'Kvaliteten kan inte bedömas: för få svar ({n}).',
  qualityNone: 'Ingen chef har bedömt kvaliteten.',
  'place.verksamhetsnara': 'verksamhetsnära',
  'place.samordnaSektor': 'samordnat i sektorn',
  'place.centralisera': 'centraliserat',
};

type ProposalTextKey = keyof typeof sv;

const en: Record<ProposalTextKey, string> = {
  'proposal.verksamhetsnara': 'Keep close to operations',
  'proposal.samordnaSektor': 'Coordinate in the sector',
  'proposal.centralisera': 'Centralise',
  'proposal.insufficientData': 'Too few answers for a proposal',
  votes:
    'Of {n} managers who stated a placement, {close} want the support close to operations, {sector} coordinated ' +
    'in the sector and {central} centralised.',
  noVotes: 'No manager has stated a placement.',
  'rule.insufficientData': 'A proposal needs at least {minVotes} answers on placement.',
  'rule.tie':
    'As many want it {first} as {second}, so neither side prevails: the proposal is the middle way.',
  'rule.keepCloseMajority': 'More want it close to operations than anything else, and at least {threshold}.',
  'rule.centraliseMajority':
    'At least {threshold} want it centralised, which is enough to propose centralising.',
  'rule.centraliseFragmented':
    'The support is split over {units} units with {mean} FTE each on average, and quality is below {below}.',
  'rule.coordinateCloseLowQuality':
    'More want it close to operations, but quality is below {min}: coordinate in the sector and keep it close.',
  'rule.coordinateMixed': 'No option reaches its threshold: coordinate in the sector.',
  qualityMean: 'Quality averages {mean} out of 5 ({n} answers).',
  qualityTooFew: 'Quality cannot be judged: too few answers ({n}).',
  qualityNone: 'No manager has rated the quality.',
  'place.verksamhetsnara': 'close to operations',
  'place.samordnaSektor': 'coordinated in the sector',
  'place.centralisera': 'centralised',
};

const tables: Readonly<Record<Locale, Readonly<Record<ProposalTextKey, string>>>> = { sv, en };

/** One of the proposals' texts in both languages. */
export function proposalText(key: ProposalTextKey, params?: MessageParams): LocalizedText {
  return {
    sv: fillTemplate(tables.sv[key], { locale: 'sv', params }),
    en: fillTemplate(tables.en[key], { locale: 'en', params }),
  };
}

/** Texts joined into one, per language. */
export function joinTexts(parts: readonly LocalizedText[]): LocalizedText {
  return { sv: parts.map((p) => p.sv).join(' '), en: parts.map((p) => p.en).join(' ') };
}
