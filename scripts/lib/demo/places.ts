// Place names for the units of one kind: districts and villages of a Gävle-like kommun first, then names composed
// the way Swedish place names are (Björk + hagen, Ek + backen), then those with a qualifier (Norra Björkhagen).
// The list is our own; it holds some real district names of the Gävle area because a demo for Gävle should
// sound like Gävle, and otherwise names that could be anywhere in Sweden.
import { AppError } from '../../../src/domain';
import { type Random } from './random';

/** Districts and villages, used before any composed name. */
export const districts: readonly string[] = [
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
  'Villastaden',
  'Fredriksskans',
  'Hemlingby',
  'Åbyggeby',
  'Björke',
  'Skogmur',
  'Nynäs',
  'Järvsta',
  'Stigslund',
  'Bergby',
  'Furuvik',
  'Lexe',
  'Harnäs',
  'Mackmyra',
  'Bönan',
  'Hamrånge',
  'Norrsundet',
  'Alderholmen',
  'Tolvfors',
  'Kungsbäck',
  'Öjaren',
  'Gavlehov',
  'Varva',
  'Ytterhärnäs',
  'Oslättfors',
  'Trödje',
  'Totra',
  'Hagaström',
  'Södertull',
  'Kastet',
  'Hemsta',
  'Sätraåsen',
  'Vallbacken',
  'Näringen',
  'Lillhagen',
  'Hästbacken',
  'Kvarnbacken',
  'Klöverbacken',
  'Mosstorp',
  'Solvik',
  'Hagalund',
  'Lövgärdet',
  'Svartviken',
  'Vretarna',
  'Skommarbo',
  'Gråberget',
  'Bodarna',
  'Hästhagen',
  'Tunadal',
];

// Parts of composed names: a first element from nature or a direction, and a common ending of Swedish places.
const stems = [
  'Björk',
  'Ek',
  'Gran',
  'Tall',
  'Lind',
  'Sjö',
  'Sand',
  'Löv',
  'Al',
  'Asp',
  'Rönn',
  'Hassel',
  'Kvarn',
  'Kyrk',
  'Skog',
  'Myr',
  'Sol',
  'Sten',
  'Stor',
  'Lill',
  'Norr',
  'Söder',
  'Öster',
  'Väster',
  'Hög',
  'Rosen',
  'Lilje',
  'Ljung',
  'Fur',
  'Vall',
  'Berg',
  'Hjort',
  'Falk',
  'Örn',
  'Svan',
  'Tran',
  'Ny',
  'Gull',
  'Ängs',
];
const endings = [
  'by',
  'berga',
  'hagen',
  'lunda',
  'vik',
  'torp',
  'backen',
  'dal',
  'holm',
  'näs',
  'sta',
  'tuna',
  'hult',
  'bo',
  'sund',
  'ängen',
  'åsen',
  'ryd',
  'lid',
  'fors',
  'heden',
  'strand',
];
const qualifiers = ['Norra', 'Södra', 'Östra', 'Västra', 'Övre', 'Nedre', 'Stora', 'Lilla'];

/** The compass areas offices of the same kind are told apart by first (`Äldreomsorgen Norr`). */
export const areas: readonly string[] = [
  'Norr',
  'Söder',
  'Öster',
  'Väster',
  'Centrum',
  'Nordost',
  'Nordväst',
  'Sydost',
  'Sydväst',
];

// Skips the combinations Swedish would not write: a tripled or doubled joint (Tall + lunda) and an ending that
// repeats its stem (Berg + berga, Ängs + ängen).
function composed(): string[] {
  const names = new Set(districts);
  for (const stem of stems)
    for (const ending of endings) {
      const lower = stem.toLowerCase();
      if (stem.endsWith(ending[0] ?? '') || ending.includes(lower) || ending.startsWith(lower.slice(0, 2)))
        continue;
      names.add(stem + ending);
    }
  for (const name of districts) names.delete(name);
  return [...names];
}

let composedNames: readonly string[] | undefined;
let qualifiedNames: readonly string[] | undefined;
const composedTier = (): readonly string[] => (composedNames ??= composed());
const qualifiedTier = (): readonly string[] =>
  (qualifiedNames ??= qualifiers.flatMap((q) =>
    [...districts, ...composedTier()].map((name) => `${q} ${name}`),
  ));

/** `place` as the first part of a name in the genitive: `Sätra skola`, `Bomhus skola`, `Andersbergs skola`. */
export function genitive(place: string): string {
  return /[sxzaeiouyåäö]$/i.test(place) ? place : `${place}s`;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** One tier of names: given in order, or shuffled when reached. */
interface Tier {
  readonly names: () => readonly string[];
  readonly order: 'asGiven' | 'shuffled';
}

/** Hands out place names that are new within the pool: districts first, then composed, then qualified names. */
export class PlacePool {
  private readonly tiers: readonly Tier[];
  private tier = 0;
  private current: readonly string[] = [];
  private index = 0;

  /** @param options.areasFirst whether the compass areas come before the places (for offices). */
  constructor(
    private readonly random: Random,
    options: { readonly areasFirst?: boolean } = {},
  ) {
    const places: Tier[] = [
      { names: () => districts, order: 'shuffled' },
      { names: composedTier, order: 'shuffled' },
      { names: qualifiedTier, order: 'shuffled' },
    ];
    this.tiers = options.areasFirst ? [{ names: () => areas, order: 'asGiven' }, ...places] : places;
  }

  /**
   * The next place name of the pool.
   * @throws AppError `invalid` when the pool is used up (over 7,000 units of one kind).
   */
  next(): string {
    while (this.index >= this.current.length) {
      const tier = this.tiers[this.tier];
      if (tier === undefined)
        throw new AppError('invalid', { message: 'The demo generator has run out of place names' });
      this.current = tier.order === 'shuffled' ? shuffled(this.random, tier.names()) : tier.names();
      this.tier += 1;
      this.index = 0;
    }
    return this.current[this.index++] as string;
  }
}
