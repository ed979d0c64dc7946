// Synthetic but Gävle-like names. They deliberately contain å/ä/ö, apostrophes, `&` and `#`, because real
// organisation names do and every layer (SharePoint, cards, Excel, URLs) must carry them unharmed.

/** The four sectors of the synthetic municipality, with their share of the units. */
export const sectorTemplates = [
  {
    name: 'Sektor omsorg',
    weight: 0.42,
    offices: [
      'Äldreomsorgen',
      'Individ- och familjeomsorgen',
      'Funktionshinderomsorgen',
      'Hemtjänsten',
      'Arbetsmarknad & vuxenutbildning',
      'Omsorgskontorets stab',
    ],
    units: [
      'Hemtjänst',
      'Särskilt boende',
      'LSS-boende',
      'Daglig verksamhet',
      'Barn & familj',
      'Försörjningsstöd',
      'Korttidsboende',
    ],
  },
  {
    name: 'Sektor utbildning',
    weight: 0.36,
    offices: [
      'Förskolekontoret',
      'Grundskolekontoret',
      'Gymnasiekontoret',
      'Elevhälsan',
      'Vuxenutbildningen',
      'Kulturskolan',
    ],
    units: ['Förskolan', 'Grundskolan', 'Fritidshemmet', 'Gymnasiet', 'Elevhälsa', 'Särskolan'],
  },
  {
    name: 'Sektor samhällsbyggnad',
    weight: 0.14,
    offices: [
      'Samhällsbyggnadskontoret',
      'Kultur & fritid',
      'Miljö- och hälsoskydd',
      'Gatu- och parkkontoret',
      'Bygglov',
    ],
    units: ['Bibliotek', 'Fritidsgården', 'Park & natur', 'Gata', 'Tillsyn', 'Planering'],
  },
  {
    name: 'Sektor ledning och verksamhetsstöd',
    weight: 0.08,
    offices: [
      'Kommunledningskontoret',
      'Ekonomikontoret',
      'HR-kontoret',
      'Kommunikation & service',
      'Digitalisering och IT',
    ],
    units: ['Kontaktcenter', 'Lön', 'Redovisning', 'IT-drift', 'Registratur', 'Upphandling'],
  },
] as const;

/** Districts of Gävle, used to tell units apart. */
export const districts = [
  'Sätra',
  'Andersberg',
  'Bomhus',
  'Hille',
  'Valbo',
  'Forsbacka',
  'Hedesunda',
  'Brynäs',
  'Strömsbro',
  'Sörby',
  'Norrlandet',
  'Öster',
  'Villastaden',
  'Fredriksskans',
  'Hemlingby',
  'Åbyggeby',
  'Björke',
  'Skogmur',
] as const;

/** First names. */
export const firstNames = [
  'Åsa',
  'Björn',
  'Märta',
  'Göran',
  'Jörgen',
  'Anneli',
  'Sören',
  'Kristina',
  'Håkan',
  'Lena',
  'Per',
  'Ingrid',
  'Mikael',
  'Sofia',
  'Ahmed',
  'Fatima',
  'Mehmet',
  'Sara',
  'Jonas',
  'Linnéa',
  'Maja',
  'Erik',
  'Johan',
  'Eva',
  'Karin',
  'Ulf',
  'Zeynep',
  'Siobhán',
] as const;

/** Family names. */
export const lastNames = [
  'Öberg',
  'Ström',
  'Lindqvist',
  'Åström',
  'Bäckström',
  'Hägg',
  'Nyström',
  'Söderberg',
  "O'Connor",
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Jönsson',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Ekström',
  'Lundgren',
  'Falk',
  "D'Souza",
  'Yilmaz',
] as const;

/** Descriptions of competence gaps. */
export const gapPhrases = [
  'Saknar kunskap om nya ekonomisystemet',
  'Behöver stöd i arbetsrätt & rehabilitering',
  'Svårt att tolka statistik och nyckeltal',
  'Behöver utbildning i upphandlingsregler (LOU)',
  'Ingen back-up när ordinarie är borta',
  'Saknar digital kompetens för e-tjänster',
] as const;

/** Comments managers write. */
export const comments = [
  'Stödet fungerar bra men är sårbart.',
  "Vi delar resurs med grannenheten – 'lånad' tid.",
  'Svårt att få tag på rätt person & långa svarstider.',
  'Fungerar utmärkt, vill inte ändra något.',
  'Önskar tydligare ansvarsfördelning mellan kontor och sektor.',
] as const;

/** Support first-line managers say they lack. */
export const lackingPhrases = [
  'Administrativt stöd för schemaläggning och bemanning',
  'Stöd med rekrytering & introduktion',
  'Hjälp med budgetuppföljning varje månad',
  'Någon som tar hand om fakturor och attester',
] as const;

/** Reviewer comments when returning an inventory. */
export const returnComments = [
  'Årsarbetare saknas för HR – komplettera gärna.',
  'Kan du beskriva kompetensgapet för IT lite mer?',
] as const;

/** The ASCII form of a name for a UPN: `Åsa Öberg` → `asa.oberg`. */
export function upnLocalPart(first: string, last: string): string {
  const fold = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${fold(first)}.${fold(last)}`;
}
