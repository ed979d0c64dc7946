// What managers and reviewers write in the demo's inventories. They keep å/ä/ö, apostrophes and `&`, because real
// answers do and every layer must carry them unharmed.

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
