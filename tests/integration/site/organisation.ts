// A small organisation with every level, two sectors, names with å/ä/ö, apostrophes, & and #.
import { buildOrganisation, type Unit, type UnitInput } from '../../../src/domain';

const manager = (upn: string, name: string, level: NonNullable<UnitInput['manager']>['level']) => ({
  upn,
  name,
  level,
});

/** The units as the HR export would give them. */
export const smallOrganisation: readonly UnitInput[] = [
  {
    id: 'S1',
    kind: 'sektor',
    name: 'Välfärd',
    parentId: null,
    manager: manager('sara.sektor@kommun.example', 'Sara Sektorchef', 'sektorchef'),
    headcount: 4,
    arsarbetare: 4,
  },
  {
    id: 'K1',
    kind: 'kontor',
    name: 'Äldreomsorg & hemtjänst #1',
    parentId: 'S1',
    manager: manager('karl.kontor@kommun.example', 'Karl Kontorschef', 'kontorschef'),
    headcount: 6,
    arsarbetare: 5.5,
  },
  {
    id: 'E1',
    kind: 'enhet',
    name: 'Hemtjänst Sätra',
    parentId: 'K1',
    manager: manager('anna.berg@kommun.example', 'Anna Berg', 'enhetschef'),
    headcount: 30,
    arsarbetare: 26.4,
  },
  {
    id: 'E2',
    kind: 'enhet',
    name: "Boende O'Connor",
    parentId: 'K1',
    manager: manager('erik.lund@kommun.example', 'Erik Lund', 'enhetschef'),
    headcount: 22,
    arsarbetare: 19,
  },
  {
    id: 'E3',
    kind: 'enhet',
    name: 'Sektorstab',
    parentId: 'S1',
    manager: manager('stina.stab@kommun.example', 'Stina Stab', 'enhetschef'),
    headcount: 5,
    arsarbetare: 5,
  },
  {
    id: 'S2',
    kind: 'sektor',
    name: 'Styrning och stöd',
    parentId: null,
    manager: manager('sven.styr@kommun.example', 'Sven Styr', 'sektorchef'),
    headcount: 3,
    arsarbetare: 3,
  },
  {
    id: 'K2',
    kind: 'kontor',
    name: 'HR-kontoret',
    parentId: 'S2',
    manager: manager('hanna.hr@kommun.example', 'Hanna Hr', 'kontorschef'),
    headcount: 8,
    arsarbetare: 8,
  },
  {
    id: 'E4',
    kind: 'enhet',
    name: 'Lön',
    parentId: 'K2',
    manager: manager('lars.lon@kommun.example', 'Lars Lön', 'enhetschef'),
    headcount: 12,
    arsarbetare: 11,
  },
  {
    id: 'E5',
    kind: 'enhet',
    name: 'Vakant enhet',
    parentId: 'K2',
    manager: null,
    headcount: 4,
    arsarbetare: 4,
  },
];

/** The units as `buildOrganisation` derives them. */
export function units(inputs: readonly UnitInput[] = smallOrganisation): Unit[] {
  const built = buildOrganisation(inputs);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}
