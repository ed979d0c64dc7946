// The managers of the demo municipality: names as a Swedish kommun's managers have them (mostly Swedish, some
// Finnish, some from the countries most of Sweden's immigrants came from), never two people with the same full name
// or the same e-mail address. Names keep å/ä/ö, diacritics and apostrophes, because real ones do and every layer
// (SharePoint, cards, Excel, URLs) must carry them unharmed.
import { AppError, type ManagerLevel, type UnitManager } from '../../../src/domain';
import { type Random } from './random';

/** First and family names that go together, and how common they are among the managers. */
interface NameOrigin {
  readonly weight: number;
  readonly first: readonly string[];
  readonly last: readonly string[];
}

const origins: readonly NameOrigin[] = [
  {
    weight: 0.83,
    first: [
      'Anna',
      'Eva',
      'Maria',
      'Karin',
      'Kristina',
      'Lena',
      'Sara',
      'Emma',
      'Malin',
      'Jenny',
      'Annika',
      'Helena',
      'Johanna',
      'Camilla',
      'Linda',
      'Susanne',
      'Åsa',
      'Ulrika',
      'Anneli',
      'Cecilia',
      'Sofia',
      'Marie',
      'Ingrid',
      'Elisabeth',
      'Monica',
      'Carina',
      'Therese',
      'Petra',
      'Jessica',
      'Frida',
      'Ida',
      'Hanna',
      'Louise',
      'Lina',
      'Linnéa',
      'Märta',
      'Birgitta',
      'Margareta',
      'Gunilla',
      'Pernilla',
      'Charlotte',
      'Katarina',
      'Lotta',
      'Agneta',
      'Ewa',
      'Mia',
      'Sanna',
      'Tove',
      'Elin',
      'Maja',
      'Erik',
      'Lars',
      'Anders',
      'Johan',
      'Per',
      'Karl',
      'Peter',
      'Mikael',
      'Jan',
      'Thomas',
      'Daniel',
      'Fredrik',
      'Hans',
      'Andreas',
      'Stefan',
      'Magnus',
      'Mats',
      'Jonas',
      'Marcus',
      'Niklas',
      'Björn',
      'Göran',
      'Jörgen',
      'Ulf',
      'Håkan',
      'Sören',
      'Henrik',
      'Patrik',
      'Martin',
      'Mattias',
      'Robert',
      'Christer',
      'Tobias',
      'Joakim',
      'Kristoffer',
      'Olof',
      'Gustav',
      'Oskar',
      'Viktor',
      'Emil',
      'Bengt',
      'Leif',
      'Roger',
      'Kjell',
      'Åke',
      'Torbjörn',
      'Pär',
      'Lennart',
      'Ola',
      'Rickard',
    ],
    last: [
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
      'Pettersson',
      'Jonsson',
      'Jansson',
      'Hansson',
      'Bengtsson',
      'Jönsson',
      'Lindberg',
      'Jakobsson',
      'Magnusson',
      'Olofsson',
      'Lindström',
      'Lindqvist',
      'Lindgren',
      'Berg',
      'Axelsson',
      'Bergström',
      'Lundberg',
      'Lind',
      'Lundgren',
      'Lundqvist',
      'Mattsson',
      'Berglund',
      'Fredriksson',
      'Sandberg',
      'Henriksson',
      'Forsberg',
      'Sjöberg',
      'Wallin',
      'Engström',
      'Eklund',
      'Danielsson',
      'Lundin',
      'Håkansson',
      'Björk',
      'Bergman',
      'Gunnarsson',
      'Holm',
      'Wikström',
      'Samuelsson',
      'Isaksson',
      'Fransson',
      'Bergqvist',
      'Nyström',
      'Holmberg',
      'Arvidsson',
      'Löfgren',
      'Söderberg',
      'Nyberg',
      'Blomqvist',
      'Claesson',
      'Nordström',
      'Mårtensson',
      'Lundström',
      'Viklund',
      'Björklund',
      'Eliasson',
      'Pålsson',
      'Berggren',
      'Sandström',
      'Lund',
      'Nordin',
      'Ström',
      'Åberg',
      'Hermansson',
      'Ekström',
      'Holmgren',
      'Sundberg',
      'Hedlund',
      'Dahlberg',
      'Hellström',
      'Sjögren',
      'Abrahamsson',
      'Falk',
      'Öberg',
      'Andreasson',
      'Blom',
      'Månsson',
      'Ek',
      'Åström',
      'Hägg',
      'Bäckström',
      'Norberg',
      'Strand',
      'Hedberg',
      'Sundström',
      'Forsman',
      'Ågren',
      'Westerlund',
      'Hallberg',
      'Grönlund',
    ],
  },
  {
    weight: 0.05,
    first: ['Pekka', 'Jukka', 'Marjatta', 'Tuula', 'Seppo', 'Riitta', 'Kari', 'Sirpa', 'Matti', 'Anja'],
    last: [
      'Virtanen',
      'Korhonen',
      'Mäkinen',
      'Heikkinen',
      'Niemi',
      'Laine',
      'Hämäläinen',
      'Koskinen',
      'Järvinen',
      'Lehtonen',
    ],
  },
  {
    weight: 0.07,
    first: [
      'Ahmed',
      'Fatima',
      'Mehmet',
      'Zeynep',
      'Ali',
      'Leila',
      'Hassan',
      'Maryam',
      'Omar',
      'Amira',
      'Yusuf',
      'Elif',
      'Nour',
      'Karim',
      'Samira',
      'Reza',
      'Shirin',
      'Dilan',
      'Hodan',
      'Abdi',
    ],
    last: [
      'Yilmaz',
      'Hussein',
      'Mohammed',
      'Rahimi',
      'Hosseini',
      'Demir',
      'Kaya',
      'Haddad',
      'Nasser',
      'Ahmadi',
      'Karimi',
      'Aziz',
      'Çelik',
      'Abdullahi',
      'Farah',
      'Jaber',
    ],
  },
  {
    weight: 0.03,
    first: [
      'Dragan',
      'Mirela',
      'Aleksandra',
      'Tomasz',
      'Milena',
      'Jelena',
      'Piotr',
      'Amra',
      'Edin',
      'Katarzyna',
      'Marko',
      'Vesna',
    ],
    last: [
      'Kovačević',
      'Nowak',
      'Petrović',
      'Jovanović',
      'Hodžić',
      'Kowalski',
      'Begić',
      'Marić',
      'Babić',
      'Zielińska',
    ],
  },
  {
    weight: 0.02,
    first: ['Siobhán', 'Sean', 'Fiona', 'Liam', 'Claire', 'Patrick'],
    last: ["O'Connor", "O'Brien", "O'Neill", "D'Souza", 'Murphy', 'MacLeod'],
  },
];

/** The ASCII form of a name for a UPN: `Åsa Öberg` → `asa.oberg`, `Siobhán O'Connor` → `siobhan.oconnor`. */
export function upnLocalPart(first: string, last: string): string {
  const fold = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${fold(first)}.${fold(last)}`;
}

/** Gives each new manager a full name nobody else has, and a UPN derived from it (`karin.lindqvist@<domain>`). */
export class People {
  private readonly names = new Set<string>();
  private readonly locals = new Set<string>();

  /** @param options.reserved full names never given (the demo's personas). */
  constructor(
    private readonly random: Random,
    private readonly options: { readonly domain: string; readonly reserved?: readonly string[] },
  ) {
    for (const name of options.reserved ?? []) this.names.add(name);
  }

  /**
   * A new person at `level`.
   * @throws AppError `invalid` when every name is taken (about 10,000 managers).
   */
  next(level: ManagerLevel): UnitManager {
    for (let attempt = 0; attempt < 50; attempt++) {
      const origin = this.random.weighted(origins.map((o) => [o, o.weight] as const));
      const found = this.take(this.random.pick(origin.first), this.random.pick(origin.last), level);
      if (found !== null) return found;
    }
    // Nearly all names are taken: walk the commonest pairs from a random start until a free one turns up.
    const { first, last } = origins[0] as NameOrigin;
    const start = this.random.int(0, first.length * last.length - 1);
    for (let k = 0; k < first.length * last.length; k++) {
      const i = (start + k) % (first.length * last.length);
      const found = this.take(
        first[i % first.length] as string,
        last[Math.floor(i / first.length)] as string,
        level,
      );
      if (found !== null) return found;
    }
    throw new AppError('invalid', { message: 'The demo generator has run out of person names' });
  }

  private take(first: string, last: string, level: ManagerLevel): UnitManager | null {
    const name = `${first} ${last}`;
    const local = upnLocalPart(first, last);
    if (first === last || this.names.has(name) || this.locals.has(local)) return null;
    this.names.add(name);
    this.locals.add(local);
    return { upn: `${local}@${this.options.domain}`, name, level };
  }
}
