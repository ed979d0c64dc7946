// What a Gävle-like kommun is made of, as data: its sectors, the offices (kontor) each sector has, and the kinds
// of units (enheter) each office really has, with how they are named and how many people work in one. The
// generator only ever places a unit under an office whose template lists the unit's kind, and the realism test
// reads these same tables to check it.

/** How the units of a kind are named. */
export type UnitNaming =
  /**
   * A pattern around a place name: `{place}` as it is (`Hemtjänst {place}` → `Hemtjänst Sätra`), `{place:s}` in
   * the genitive (`{place:s} skola` → `Sätra skola`, `Andersbergs skola`). Every unit of the kind gets its own
   * place, so the names never repeat.
   */
  | { readonly pattern: string }
  /**
   * Fixed names, the most usual first (`Redovisning`, `Bygglov`). In an office that exists in several areas the
   * area follows the name (`Redovisning Norr`); once the names run out, a place does (`Familjebehandling Valbo`).
   */
  | { readonly names: readonly string[] };

/** A kind of unit an office has. */
export interface UnitKindTemplate {
  /** Stable identifier, e.g. `hemtjanst`. */
  readonly id: string;
  /** Share of the office's units. */
  readonly weight: number;
  /** Employees of one unit (its own, not its sub-units'): [min, max]. */
  readonly headcount: readonly [number, number];
  /** How its units are named. */
  readonly naming: UnitNaming;
  /**
   * The kind whose unit this one is a sub-unit of, in the same office; a sub-unit is named after its parent's
   * place (`Sätra fritidshem` under `Sätra skola`), and its parent's manager is then an avdelningschef.
   */
  readonly subUnitOf?: string;
}

/** A kind of office (kontor) a sector has. */
export interface OfficeTemplate {
  /** Its name; offices of the same kind in several areas are named `<name> <area>`, e.g. `Hemtjänsten Norr`. */
  readonly name: string;
  /** Share of the sector's units; the sector's offices are spread over its templates by the same weights. */
  readonly weight: number;
  /** The kinds of units the office has. */
  readonly kinds: readonly UnitKindTemplate[];
}

/** A sector (sektor) of the kommun. */
export interface SectorTemplate {
  /** Its name. */
  readonly name: string;
  /** Share of the kommun's units (enheter). */
  readonly unitWeight: number;
  /** Share of the kommun's offices: support sectors have more, smaller offices. */
  readonly officeWeight: number;
  /**
   * The sector's own staff unit, the only unit placed directly under the sector (from 40 units up); flagged as a
   * stab, so its staff count toward the sector's mottagare.
   */
  readonly staffUnit: string;
  /** Whether its staff count as central support (the sender sector, "avsändarsektorn"). @default false */
  readonly central?: boolean;
  /** Its kinds of office, the biggest first: with fewer offices than templates, the first ones are used. */
  readonly offices: readonly OfficeTemplate[];
}

/** Employees of the kommun's leadership units (a sektor's or kontor's own staff) and of a sector staff unit. */
export const leadershipHeadcount = {
  sektor: [5, 12],
  kontor: [5, 15],
  staffUnit: [5, 15],
} as const satisfies Readonly<Record<string, readonly [number, number]>>;

const place = (
  id: string,
  weight: number,
  pattern: string,
  headcount: readonly [number, number],
  subUnitOf?: string,
): UnitKindTemplate => ({
  id,
  weight,
  headcount,
  naming: { pattern },
  ...(subUnitOf === undefined ? {} : { subUnitOf }),
});

const fixed = (
  id: string,
  weight: number,
  names: readonly string[],
  headcount: readonly [number, number],
): UnitKindTemplate => ({ id, weight, headcount, naming: { names } });

/** Staff units: 5–15 employees. */
const staff = [5, 15] as const;

/**
 * The Gävle-like sectors of the 2018 reorganisation: omsorg, utbildning, samhällsbyggnad, and "Styrning och stöd",
 * the sender sector whose staff count as central. The shares give about 25 offices and 7,000 employees per 350
 * units, as in Gävle kommun's 2018 assignment.
 */
export const gavleSectors: readonly SectorTemplate[] = [
  {
    name: 'Sektor omsorg',
    unitWeight: 0.42,
    officeWeight: 0.34,
    staffUnit: 'Sektorstab omsorg',
    offices: [
      {
        name: 'Äldreomsorgen',
        weight: 0.42,
        kinds: [
          place('hemtjanst', 0.4, 'Hemtjänst {place}', [30, 60]),
          place('sarskiltBoende', 0.36, '{place:s} vård- och omsorgsboende', [25, 55]),
          place('hemsjukvard', 0.08, 'Hemsjukvård {place}', [15, 35]),
          place('korttidsboende', 0.06, 'Korttidsboende {place}', [20, 40]),
          place('nattpatrull', 0.05, 'Nattpatrull {place}', [10, 25]),
          place('demensboende', 0.05, '{place:s} demensboende', [15, 30], 'sarskiltBoende'),
        ],
      },
      {
        name: 'Funktionshinderomsorgen',
        weight: 0.26,
        kinds: [
          place('gruppbostad', 0.42, 'Gruppbostäder {place}', [12, 30]),
          place('dagligVerksamhet', 0.24, 'Daglig verksamhet {place}', [10, 30]),
          place('boendestod', 0.14, 'Boendestöd {place}', [8, 20]),
          place('personligAssistans', 0.12, 'Personlig assistans {place}', [20, 60]),
          place('korttidsvistelse', 0.08, 'Korttidsvistelse {place}', [12, 25]),
        ],
      },
      {
        name: 'Individ- och familjeomsorgen',
        weight: 0.16,
        kinds: [
          fixed(
            'ifo',
            0.7,
            [
              'Mottagningsenheten',
              'Utredning barn och unga',
              'Familjebehandling',
              'Familjehemsenheten',
              'Utredning vuxna',
              'Missbruk och beroende',
              'Ensamkommande barn och unga',
              'Familjerätt',
              'Socialjouren',
              'Stöd till våldsutsatta',
              'Öppenvård barn och unga',
              'Boende och stöd vuxna',
            ],
            [8, 25],
          ),
          place('familjecentral', 0.3, 'Familjecentral {place}', [6, 15]),
        ],
      },
      {
        name: 'Arbetsmarknad och försörjningsstöd',
        weight: 0.16,
        kinds: [
          fixed(
            'arbetsmarknad',
            0.5,
            [
              'Försörjningsstöd',
              'Arbetsmarknadsinsatser',
              'Arbetsträning',
              'Etablering och integration',
              'Budget- och skuldrådgivning',
              'Feriearbete och sommarjobb',
              'Kommunala aktivitetsansvaret',
              'Extratjänster',
              'Ekonomiskt bistånd vuxna',
              'Ungdomsteamet',
            ],
            [8, 25],
          ),
          place('jobbcenter', 0.5, 'Jobbcenter {place}', [8, 20]),
        ],
      },
    ],
  },
  {
    name: 'Sektor utbildning',
    unitWeight: 0.36,
    officeWeight: 0.3,
    staffUnit: 'Sektorstab utbildning',
    offices: [
      {
        name: 'Förskolekontoret',
        weight: 0.46,
        kinds: [
          place('forskoleomrade', 0.9, 'Förskoleområde {place}', [15, 25]),
          place('oppenForskola', 0.1, 'Öppen förskola {place}', [5, 12]),
        ],
      },
      {
        name: 'Grundskolekontoret',
        weight: 0.3,
        kinds: [
          place('grundskola', 0.78, '{place:s} skola', [40, 80]),
          place('grundsarskola', 0.12, '{place:s} grundsärskola', [12, 30]),
          place('fritidshem', 0.1, '{place:s} fritidshem', [8, 20], 'grundskola'),
        ],
      },
      {
        name: 'Gymnasiekontoret',
        weight: 0.1,
        kinds: [
          place('gymnasieskola', 0.7, '{place:s} gymnasium', [40, 80]),
          place('gymnasiesarskola', 0.15, '{place:s} gymnasiesärskola', [10, 25]),
          place('introduktionsprogram', 0.15, '{place:s} introduktionsprogram', [10, 25], 'gymnasieskola'),
        ],
      },
      {
        name: 'Barn- och elevhälsan',
        weight: 0.08,
        kinds: [
          fixed(
            'elevhalsa',
            0.7,
            [
              'Centrala elevhälsan',
              'Skolpsykologer',
              'Skolsköterskor',
              'Skolkuratorer',
              'Specialpedagogiskt centrum',
              'Modersmål och studiehandledning',
              'Studie- och yrkesvägledning',
              'Resursskolan',
              'Logopeder',
              'Skolläkare',
              'Hörsel- och synstöd',
              'Skolskjuts och elevresor',
            ],
            staff,
          ),
          place('elevhalsaOmrade', 0.3, 'Elevhälsan {place}', [8, 20]),
        ],
      },
      {
        name: 'Vuxenutbildningen',
        weight: 0.06,
        kinds: [
          fixed(
            'vuxenutbildning',
            0.6,
            [
              'Komvux',
              'SFI',
              'Yrkesvux',
              'Särvux',
              'Uppdragsutbildning',
              'Yrkeshögskolan',
              'Vägledningscentrum',
              'Distansutbildning',
              'Validering',
              'Svenska för yrkesutbildade',
            ],
            [8, 25],
          ),
          place('larcentrum', 0.4, 'Lärcentrum {place}', [5, 12]),
        ],
      },
    ],
  },
  {
    name: 'Sektor samhällsbyggnad',
    unitWeight: 0.14,
    officeWeight: 0.16,
    staffUnit: 'Sektorstab samhällsbyggnad',
    offices: [
      {
        name: 'Kultur & fritid',
        weight: 0.28,
        kinds: [
          place('bibliotek', 0.35, '{place:s} bibliotek', [5, 15]),
          place('fritidsgard', 0.3, 'Fritidsgård {place}', [5, 12]),
          fixed(
            'kulturFritid',
            0.35,
            [
              'Kulturskolan',
              'Idrottsanläggningar',
              'Föreningsservice',
              'Evenemang',
              'Ungdomskultur',
              'Allmänkultur',
              'Friluftsliv',
              'Kulturarv',
              'Konst och gestaltning',
              'Idrott och folkhälsa',
              'Badanläggningar',
              'Mötesplatser',
            ],
            [6, 25],
          ),
        ],
      },
      {
        name: 'Stadsbyggnadskontoret',
        weight: 0.26,
        kinds: [
          fixed(
            'planBygg',
            1,
            [
              'Bygglov',
              'Detaljplanering',
              'Översiktlig planering',
              'Lantmäteri',
              'Kart och GIS',
              'Bostadsanpassning',
              'Mark och exploatering',
              'Byggnadsinspektion',
              'Trafikplanering',
              'Planadministration',
              'Geodata',
              'Stadsarkitekt och gestaltning',
            ],
            [6, 20],
          ),
        ],
      },
      {
        name: 'Gatu- och parkkontoret',
        weight: 0.26,
        kinds: [
          fixed(
            'gataPark',
            0.6,
            [
              'Gatudrift',
              'Trafik och gator',
              'Projektering',
              'Beläggning och underhåll',
              'Fordon och verkstad',
              'Skog och natur',
              'Trafiksäkerhet',
              'Vinterväghållning',
              'Belysning',
              'Mätning',
              'Lekplatser',
              'Stadsmiljö',
            ],
            [8, 25],
          ),
          place('parkdistrikt', 0.4, 'Parkdistrikt {place}', [8, 20]),
        ],
      },
      {
        name: 'Miljö- och hälsoskydd',
        weight: 0.2,
        kinds: [
          fixed(
            'miljo',
            1,
            [
              'Livsmedelskontroll',
              'Miljötillsyn',
              'Hälsoskydd',
              'Naturvård',
              'Klimat och energi',
              'Alkohol och tobak',
              'Miljöstrategi',
              'Avlopp och enskilt vatten',
              'Förorenad mark',
              'Miljöövervakning',
              'Tillstånd och registrering',
              'Vattenvård',
            ],
            staff,
          ),
        ],
      },
    ],
  },
  {
    name: 'Styrning och stöd',
    unitWeight: 0.08,
    officeWeight: 0.2,
    staffUnit: 'Sektorstab styrning och stöd',
    central: true,
    offices: [
      {
        name: 'Ekonomikontoret',
        weight: 0.22,
        kinds: [
          fixed(
            'ekonomi',
            1,
            [
              'Redovisning',
              'Budget och prognos',
              'Controllerenheten',
              'Inköp och upphandling',
              'Finansenheten',
              'Leverantörsreskontra',
              'Kundreskontra och fakturering',
              'Ekonomisystem',
              'Avtalsuppföljning',
              'Försäkring och risk',
              'Ekonomiservice',
              'Anläggningsredovisning',
            ],
            staff,
          ),
        ],
      },
      {
        name: 'HR-kontoret',
        weight: 0.22,
        kinds: [
          fixed(
            'hr',
            1,
            [
              'Lön och pension',
              'HR-konsulter',
              'Rekrytering',
              'Kompetensförsörjning',
              'Arbetsmiljö och hälsa',
              'Förhandling och arbetsrätt',
              'Bemanningsenheten',
              'Personalsystem',
              'Chefsutveckling',
              'Företagshälsovård',
              'Rehabilitering och omställning',
              'Likabehandling',
            ],
            staff,
          ),
        ],
      },
      {
        name: 'Digitalisering och IT',
        weight: 0.2,
        kinds: [
          fixed(
            'it',
            1,
            [
              'IT-drift',
              'IT-support',
              'Systemförvaltning',
              'Digital utveckling',
              'Informationssäkerhet',
              'Nätverk och telefoni',
              'E-tjänster',
              'IT-arkitektur',
              'Dataskydd',
              'Licenser och avtal',
              'Integration och data',
              'Utskrift och klienter',
            ],
            staff,
          ),
        ],
      },
      {
        name: 'Kommunikation och service',
        weight: 0.18,
        kinds: [
          fixed(
            'kommunikation',
            1,
            [
              'Kommunikation',
              'Kontaktcenter',
              'Webb och digitala kanaler',
              'Växel och reception',
              'Post och tryckeri',
              'Grafisk design',
              'Varumärke och marknadsföring',
              'Medborgardialog',
              'Besöksnäring',
              'Intern service',
              'Konsumentvägledning',
              'Översättning och tolkförmedling',
            ],
            staff,
          ),
        ],
      },
      {
        name: 'Kommunledningskontoret',
        weight: 0.18,
        kinds: [
          fixed(
            'kansli',
            1,
            [
              'Nämndsadministration',
              'Juridik',
              'Registratur och arkiv',
              'Säkerhet och beredskap',
              'Strategisk planering',
              'Utredning och analys',
              'Kvalitet och utveckling',
              'Lokalförsörjning',
              'Överförmyndarenheten',
              'Näringsliv',
              'Folkhälsa',
              'Hållbar utveckling',
            ],
            staff,
          ),
        ],
      },
    ],
  },
];
