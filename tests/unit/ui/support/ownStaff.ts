import { defaultMunicipalityConfig, type InventoryLine, type SupportFunction } from '../../../../src/domain';
import { chef, managerOrganisation, periodsAround, submitAnswered } from '../../../e2e/lib/managerSite';
import { type TestSite } from './site';

/** Own staff in one function, per spare unit of K1 (Äldreomsorg, sektor Välfärd): 5,5 årsarbetare in all. */
export const ownStaff: Readonly<Record<number, number>> = { 8: 1.5, 9: 0.5, 10: 1, 11: 2, 12: 0.5 };

/**
 * The spare units' managers answer and submit, each with `ownStaff` in the first function with roles (two persons,
 * in its first role): five answers count, so the kommun and Välfärd show figures. Returns that function.
 */
export async function submitOwnStaff(site: TestSite): Promise<SupportFunction> {
  const config = defaultMunicipalityConfig();
  const first = config.taxonomy.functions.find((fn) => fn.roles.length > 0)!;
  for (const [n, arsarbetare] of Object.entries(ownStaff)) {
    await submitAnswered(site.repos(chef(Number(n))), {
      config,
      units: managerOrganisation(),
      periodId: periodsAround(new Date()).current.id,
      unitId: `E${n}`,
      upn: chef(Number(n)),
      answer: (line: InventoryLine) =>
        line.functionId === first.id
          ? { ...line, persons: 2, arsarbetare, roles: [{ roleId: first.roles[0]!.id, arsarbetare }] }
          : line,
    });
  }
  return first;
}
